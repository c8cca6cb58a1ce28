"""Generators for 미적분Ⅱ (고등학교 진로 선택), first part: 수열의 극한 12미적Ⅱ-01-01 … 01-05 and
여러 가지 미분법 12미적Ⅱ-02-* (in code order, as far as written).

Scope notes: 01-01 judges convergence from the meaning (terms, intuition), 01-02 uses the limit
laws (∞/∞, ∞−∞, 대소 관계), 01-03 geometric sequences rⁿ, 01-04 series (부분합, telescoping,
"수렴하면 aₙ → 0"), 01-05 geometric series. Series whose terms are (arithmetic)×(geometric) are
out of scope (고려 사항).

Private helpers (module-local, prefixed ``_``):

* ``_t(tex, st)`` renders a LaTeX-lite string in style ``st``: LaTeX in ``$…$``, Unicode
  (``lim_(n→∞) aₙ``, ``∑_(n=1)^∞``) or plain ASCII (``lim(n->∞) a_n``, ``sum(n=1..∞)``).
* ``_jt(tex, st, pair)`` the same followed by the particle that fits how the formula is read.
* ``bogi`` a <보기> block (ㄱ, ㄴ, ㄷ) with the ①~⑤ choice of the true subset; ``exam_points`` a
  수능-style score marker; ``_numopts`` a sorted ①~⑤ block of numbers.
* ``_behaviour(fn)`` classifies a sequence numerically (converges to …, ±∞, oscillates): an
  independent check for convergence judgements.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from fractions import Fraction

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import bogi, bogi_question, choices, exam_points, with_choices
from mathtag.corpus.notation import pick_style

NS = sp.Symbol("n", positive=True, integer=True)
X = sp.Symbol("x")
R = sp.Rational

S101, S102, S103, S104, S105 = ("12미적Ⅱ-01-01", "12미적Ⅱ-01-02", "12미적Ⅱ-01-03", "12미적Ⅱ-01-04",
                                "12미적Ⅱ-01-05")
S201, S202, S203, S204, S205 = ("12미적Ⅱ-02-01", "12미적Ⅱ-02-02", "12미적Ⅱ-02-03", "12미적Ⅱ-02-04",
                                "12미적Ⅱ-02-05")

# -- notation ------------------------------------------------------------------------------------
_SUPMAP = dict(zip("0123456789-+nx", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿˣ", strict=True))
_SUBMAP = dict(zip("0123456789nkm+-", "₀₁₂₃₄₅₆₇₈₉ₙₖₘ₊₋", strict=True))
LIMN = "\\lim_{n \\to \\infty}"
SUMN = "\\sum_{n=1}^{\\infty}"


def _atomic(s: str) -> bool:
    if re.search(r"\d[a-zA-Z(√]", s):
        return False
    return bool(re.fullmatch(r"-?[\w.√⁰¹²³⁴⁵⁶⁷⁸⁹′'ₙₖₘ₀₁₂₃₄₅₆₇₈₉₊₋]+|\([^()]*\)([⁰¹²³⁴⁵⁶⁷⁸⁹ⁿ]+|\^\w)?"
                             r"|[a-zA-Z]'?\([^()]*\)", s))


def _wrap(s: str) -> str:
    return s if _atomic(s) else f"({s})"


def _sup(e: str, st: str) -> str:
    if st == "unicode" and all(c in _SUPMAP for c in e):
        return "".join(_SUPMAP[c] for c in e)
    return "^" + (e if re.fullmatch(r"\w", e) or re.fullmatch(r"\d+", e) else f"({e})")


def _sub(e: str, st: str) -> str:
    if st == "unicode" and all(c in _SUBMAP for c in e):
        return "".join(_SUBMAP[c] for c in e)
    return "_" + (e if re.fullmatch(r"\w|\d+", e) else f"({e})")


def _t(tex: str, st: str) -> str:
    """Render LaTeX-lite ``tex`` in style ``st``."""
    if st == "latex":
        return f"${tex}$"
    s = tex.replace("\\left", "").replace("\\right", "").replace("\\dfrac", "\\frac").replace("\\pi", "π")
    arrow = "→" if st == "unicode" else "->"
    s = re.sub(r"\\lim_\{([^{}]*)\}\s*",
               lambda m: ("lim_(" if st == "unicode" else "lim(")
               + m.group(1).replace(" ", "").replace("\\to", arrow).replace("\\infty", "∞") + ") ", s)
    s = re.sub(r"\\sum_\{([^{}]*)\}\^\{?(\\infty|\w+)\}?\s*",
               lambda m: (f"∑_({m.group(1)})^" + m.group(2).replace("\\infty", "∞") + " ") if st == "unicode"
               else (f"sum({m.group(1)}..." + m.group(2).replace("\\infty", "∞") + ") "), s)
    for _ in range(8):
        old = s
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}(?=\s?[a-zA-Z(\\])",
                   lambda m: f"({_wrap(m.group(1))}/{_wrap(m.group(2))})", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", lambda m: f"{_wrap(m.group(1))}/{_wrap(m.group(2))}", s)
        s = re.sub(r"\\sqrt\{([^{}]*)\}",
                   lambda m: ("√" + _wrap(m.group(1))) if st == "unicode" else f"sqrt({m.group(1)})", s)
        s = re.sub(r"\^\{([^{}]*)\}", lambda m: _sup(m.group(1), st), s)
        s = re.sub(r"_\{([^{}]*)\}", lambda m: _sub(m.group(1), st), s)
        if s == old:
            break
    rep = {"\\to": arrow, "\\infty": "∞", "\\times": "×", "\\cdot": "·" if st == "unicode" else "*",
           "\\quad": "  ", "\\,": "", "\\{": "⦃", "\\}": "⦄", "\\lt": "<", "\\gt": ">",
           "\\le": "≤" if st == "unicode" else "<=", "\\ge": "≥" if st == "unicode" else ">=",
           "\\ne": "≠" if st == "unicode" else "!=", "\\cdots": "…", "\\pm": "±", "\\ln": "ln",
           "\\sin": "sin", "\\cos": "cos", "\\tan": "tan", "\\log": "log", "\\pi": "π", "\\sec": "sec",
           "\\csc": "csc", "\\cot": "cot", "\\left|": "|", "\\dot": "", "\\Rightarrow": "⇒"}
    s = re.sub(r"(?<=[0-9a-zA-Z)⁰¹²³⁴⁵⁶⁷⁸⁹ˣⁿ])\\(ln|sin|cos|tan|log|sec|csc|cot)", r" \\\1", s)
    for k in sorted(rep, key=len, reverse=True):
        s = s.replace(k, rep[k])
    s = s.replace("{", "").replace("}", "").replace("⦃", "{").replace("⦄", "}")
    if st == "unicode":
        s = s.replace("'", "′").replace("-", "−")
    return s


def _particle(tex: str, pair: str) -> str:
    """The particle that fits how the LaTeX-lite formula ``tex`` is read at its end."""
    tex = tex.replace("\\right", "").replace("\\left", "")
    core = re.sub(r"[\s)$|\]]+$", "", tex)
    fr = re.search(r"\\frac\{([^{}]*)\}\{[^{}]*\}\s*$", core)
    if fr:  # a fraction is read denominator first: the numerator is said last
        return _particle(fr.group(1), pair)
    tail = re.sub(r"[\s)$}|\]\\]+$", "", tex)
    if re.search(r"\^\{?[\w\\]+\}?$", tex.rstrip()) or tail.endswith("²") or tail.endswith("³"):
        proxy = "곱"  # …제곱
    elif tail.endswith("\\infty") or tail.endswith("∞"):
        proxy = "대"
    elif tail.endswith("\\pi") or tail.endswith("π"):
        proxy = "이"
    elif tail and tail[-1] in "lmnrLMNR":
        proxy = "엔"
    elif tail and tail[-1].isalpha() and tail[-1].isascii():
        proxy = "이"
    else:
        proxy = tail[-1] if tail else "가"
    return josa(proxy, pair)[len(proxy):]


def _jt(tex: str, st: str, pair: str) -> str:
    return _t(tex, st) + _particle(tex, pair)


def _qt(v) -> str:
    v = sp.Rational(v)
    if v.q == 1:
        return str(v.p)
    return f"{'-' if v < 0 else ''}\\frac{{{abs(v.p)}}}{{{v.q}}}"


def _q(v) -> str:
    v = sp.Rational(v)
    return str(v.p) if v.q == 1 else f"{v.p}/{v.q}"


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "값":
        return rng.choice(["값을 구하시오.", "값을 구하세요.", "값은?", "값을 구하여라.", "값을 계산하시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _numopts(rng: random.Random, correct, wrongs: list, st: str = "plain"):
    """A ①~⑤ choice of numbers (sympy Rationals or ints), sorted ascending as exams print them."""
    correct = sp.Rational(correct)
    pool: list = []
    for w in list(wrongs) + [correct + d for d in (1, -1, 2, -2, 3, -3, 4, 5, -4)]:
        w = sp.Rational(w)
        if w != correct and w not in pool:
            pool.append(w)
    picks = [correct, *pool[:4]]
    picks.sort()
    rend = [_t(_qt(v), st) if st == "latex" and sp.Rational(v).q != 1 else _q(v) for v in picks]
    return choices(rng, rend[picks.index(correct)], [r for r, v in zip(rend, picks, strict=True) if v != correct],
                   sort_key=rend.index)


def _nz(rng: random.Random, lo: int, hi: int) -> int:
    return rng.choice([v for v in range(lo, hi + 1) if v != 0])


def _seqname(rng: random.Random) -> str:
    return rng.choice(["a", "a", "a", "b", "c"])


def _lin(a, b, v: str = "n") -> str:
    """``a·v + b`` as LaTeX-lite (a ≠ 0)."""
    a, b = sp.Rational(a), sp.Rational(b)
    head = ("" if a == 1 else "-" if a == -1 else _qt(a)) + v
    if b == 0:
        return head
    return f"{head} {'+' if b > 0 else '-'} {_qt(abs(b))}"


def _poly(cs, v: str = "n") -> str:
    """Polynomial in ``v`` with coefficients ``cs`` (highest degree first) as LaTeX-lite."""
    deg = len(cs) - 1
    out = ""
    for i, c in enumerate(cs):
        d = deg - i
        c = sp.Rational(c)
        if c == 0:
            continue
        ac = abs(c)
        mono = "" if d == 0 else (v if d == 1 else f"{v}^{{{d}}}")
        body = (_qt(ac) if (ac != 1 or d == 0) else "") + mono
        out = (("-" if c < 0 else "") + body) if not out else out + (" - " if c < 0 else " + ") + body
    return out or "0"


def _pexpr(cs, v=NS) -> sp.Expr:
    deg = len(cs) - 1
    return sum(sp.Rational(c) * v ** (deg - i) for i, c in enumerate(cs))


# -- numeric classification of a sequence (independent checks) ----------------------------------
def _behaviour(fn: Callable[[int], float]) -> tuple:
    """('conv', value) / ('+inf',) / ('-inf',) / ('osc',) judged from far-out terms."""
    big = [10**10, 10**10 + 1, 10**12, 10**12 + 1]
    v = [float(fn(k)) for k in big]
    if max(v) - min(v) < 1e-3:
        return ("conv", v[-1])
    if min(v) > 500 and v[2] > v[0] and v[3] > v[1]:
        return ("+inf",)
    if max(v) < -500 and v[2] < v[0] and v[3] < v[1]:
        return ("-inf",)
    return ("osc",)


def _same_beh(claim: tuple, fn: Callable[[int], float]) -> bool:
    got = _behaviour(fn)
    if claim[0] != got[0]:
        return False
    return claim[0] != "conv" or abs(float(claim[1]) - got[1]) < 1e-3


def _beh_text(b: tuple, rng: random.Random | None = None) -> str:
    if b[0] == "conv":
        return f"{_q(b[1])}에 수렴"
    if b[0] == "+inf":
        return "양의 무한대로 발산"
    if b[0] == "-inf":
        return "음의 무한대로 발산"
    return "발산(진동)"


# ================================================================================================
# 12미적Ⅱ-01-01 수열의 수렴과 발산의 뜻
# ================================================================================================
def _pm(head: str, coef: int, body: str) -> str:
    """``head ± |coef|·body`` (body already LaTeX-lite; coef 1 hides itself)."""
    c = "" if abs(coef) == 1 and body else str(abs(coef))
    sign = "+" if coef > 0 else "-"
    if not head:
        return ("-" if coef < 0 else "") + c + body
    return f"{head} {sign} {c}{body}"


def _item(tex: str, expr: sp.Expr, beh: tuple, listable: bool = True) -> dict:
    return {"tex": tex, "expr": expr, "beh": beh, "list": listable}


def _pool101(rng: random.Random) -> list[dict]:
    """Sequences whose behaviour a student can see from the meaning alone."""
    n = NS
    c = rng.randint(-3, 5)
    k = _nz(rng, -6, 6)
    p = _nz(rng, -4, 4)
    q = _nz(rng, -5, 5)
    ch = "" if c == 0 else str(c)
    pos = rng.randint(1, 4)
    out = [
        _item(_pm(ch, k, "\\frac{1}{n}") if abs(k) == 1 else
              (f"{ch} {'+' if k > 0 else '-'} \\frac{{{abs(k)}}}{{n}}" if ch else
               f"{'-' if k < 0 else ''}\\frac{{{abs(k)}}}{{n}}"),
              c + sp.Rational(k) / n, ("conv", c)),
        _item(f"\\frac{{{_lin(p, q)}}}{{n}}", (p * n + q) / n, ("conv", p)),
        _item(f"\\frac{{{abs(k)}}}{{n^{{2}}}}", sp.Integer(abs(k)) / n**2, ("conv", 0)),
        _item(f"\\frac{{{pos}}}{{\\sqrt{{n}}}}", pos / sp.sqrt(n), ("conv", 0), False),
        _item(_lin(abs(p), q), abs(p) * n + q, ("+inf",)),
        _item(_lin(-abs(p), q), -abs(p) * n + q, ("-inf",)),
        _item(_poly([-1, 0, c + 1]) if rng.random() < 0.5 else f"{c + 1} - n^{{2}}", c + 1 - n**2, ("-inf",)),
        _item(_poly([1, 0, q]), n**2 + q, ("+inf",)),
        _item(f"\\sqrt{{{_lin(1, pos)}}}", sp.sqrt(n + pos), ("+inf",), False),
        _item("(-1)^{n}", (-1) ** n, ("osc",)),
        _item(f"{c} + (-1)^{{n}}" if c else "(-1)^{n+1}", c + (-1) ** n if c else (-1) ** (n + 1), ("osc",)),
        _item("(-1)^{n} n", (-1) ** n * n, ("osc",)),
        _item(f"\\frac{{(-1)^{{n}}}}{{{'n' if pos == 1 else f'{pos}n'}}}", (-1) ** n / (pos * n), ("conv", 0)),
        _item(f"{c} + \\frac{{(-1)^{{n}}}}{{n}}" if c else "\\frac{(-1)^{n+1}}{n}",
              c + (-1) ** n / n if c else (-1) ** (n + 1) / n, ("conv", c)),
        _item(f"\\frac{{{'' if abs(p) == 1 else abs(p)}n}}{{n + {pos}}}", abs(p) * n / (n + pos), ("conv", abs(p))),
        _item("n + \\frac{1}{n}", n + 1 / n, ("+inf",)),
        _item("(-1)^{n} + \\frac{1}{n}", (-1) ** n + 1 / n, ("osc",)),
    ]
    return out


def _termtex(expr: sp.Expr, k: int) -> str:
    return _qt(expr.subs(NS, k))


def _fnum(expr: sp.Expr) -> Callable[[int], float]:
    return lambda k: float(expr.subs(NS, k))


def _terms(it: dict, st: str, m: int = 4) -> str:
    parts = [_t(_termtex(it["expr"], k), st) if st != "latex" else _termtex(it["expr"], k) for k in range(1, m + 1)]
    if st == "latex":
        return "$" + ", ".join(parts) + ", \\cdots$"
    return ", ".join(parts) + ", …"


def _anset(a: str) -> str:
    return f"\\{{{a}_{{n}}\\}}"


@family(S101, "judge-one-sequence")
def _c1_judge(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = _seqname(rng)
    it = rng.choice(_pool101(rng))
    gen = f"{a}_{{n}} = {it['tex']}"
    form = rng.randrange(3) if it["list"] else 0
    if form == 0:
        text = rng.choice([
            f"일반항이 {_t(gen, st)}인 수열 {_t(_anset(a), st)}의 수렴, 발산을 판정하고, 수렴하면 그 극한값을 {_end(rng)}",
            f"수열 {_t(_anset(a), st)}의 일반항이 {_t(gen, st)}일 때, 이 수열은 수렴하는가, 발산하는가? "
            f"수렴하면 극한값을, 발산하면 어떻게 발산하는지 {_end(rng, '쓰')}",
            f"n이 한없이 커질 때 {_t(gen, st)}의 값의 변화를 조사하여 수열 {_t(_anset(a), st)}의 수렴, 발산을 "
            f"판정하시오.",
        ])
    elif form == 1:
        text = (f"다음 수열의 수렴, 발산을 판정하고, 수렴하는 경우 그 극한값을 {_end(rng)}\n"
                f"{_terms(it, st)}  (단, 제n항은 {_t(it['tex'], st)})")
    else:
        text = rng.choice([
            f"수열 {_terms(it, st)}의 일반항이 {_t(it['tex'], st)}일 때, 이 수열이 수렴하면 극한값을, 발산하면 "
            f"발산하는 모양(양의 무한대, 음의 무한대, 진동)을 {_end(rng, '쓰')}",
            f"{_terms(it, st)}\n위와 같이 제n항이 {_jt(it['tex'], st, '인/인')} 수열은 수렴하는가? "
            f"수렴한다면 극한값을 {_end(rng)}",
        ]).replace("인/인", "인")
    d = 1 if it["beh"][0] != "osc" else 2
    return Problem(text=text, answer=_beh_text(it["beh"]), format="computation" if form == 0 else "word",
                   difficulty=d, achievement_level=secondary_level(d), concepts=["수열", "수렴", "발산", "극한(값)"],
                   check=lambda: _same_beh(it["beh"], _fnum(it["expr"])))


@family(S101, "which-sequence-mcq")
def _c1_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    pool = _pool101(rng)
    target = rng.choice(["conv", "conv", "+inf", "-inf", "osc", "div"])
    is_t = (lambda b: b[0] != "conv") if target == "div" else (lambda b: b[0] == target)
    good = [it for it in pool if is_t(it["beh"])]
    bad = [it for it in pool if not is_t(it["beh"])]
    right = rng.choice(good)
    wrong = rng.sample(bad, 4)
    a = _seqname(rng)
    what = {"conv": "수렴하는 것", "+inf": "양의 무한대로 발산하는 것", "-inf": "음의 무한대로 발산하는 것",
            "osc": "진동하는 것", "div": "발산하는 것"}[target]
    opts = {it["tex"]: it for it in [right, *wrong]}
    ch = choices(rng, _t(f"{a}_{{n}} = {right['tex']}", st),
                 [_t(f"{a}_{{n}} = {w['tex']}", st) for w in wrong])
    d = 2
    stem = rng.choice([
        f"일반항이 다음과 같은 수열 {_t(_anset(a), st)} 중에서 {what}은?{exam_points(rng, d)}",
        f"다음 중 {what}은? (단, n은 자연수이다.){exam_points(rng, d)}",
        f"자연수 n에 대하여 다음 수열 중 {what}을 고르면?{exam_points(rng, d)}",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="D",
                   concepts=["수열", "수렴", "발산"], choice=ch,
                   check=lambda: is_t(_behaviour(_fnum(right["expr"])))
                   and not any(is_t(_behaviour(_fnum(w["expr"]))) for w in wrong) and len(opts) == 5)


@family(S101, "classify-term-table")
def _c1_table(rng: random.Random) -> Problem:
    st = rng.choice(["unicode", "plain", "latex"])
    pool = [it for it in _pool101(rng) if it["list"]]
    kinds: dict[str, list] = {}
    for it in pool:
        kinds.setdefault(it["beh"][0], []).append(it)
    picked = [rng.choice(v) for v in kinds.values()]
    rng.shuffle(picked)
    picked = picked[:4]
    labs = ["(가)", "(나)", "(다)", "(라)"]
    rows = ["수열 | 일반항 | 제1항 | 제2항 | 제3항 | 제4항 | 제5항"]
    for lab, it in zip(labs, picked, strict=True):
        vals = " | ".join(_q(it["expr"].subs(NS, k)) for k in range(1, 6))
        rows.append(f"{lab} | {_t(it['tex'], st)} | {vals}")
    table = "\n".join(rows)
    ask = rng.randrange(2)
    if ask == 0:
        q = rng.choice(["표의 네 수열 각각에 대하여 수렴, 발산을 판정하시오. (수렴하면 극한값을, 발산하면 발산하는 모양을 쓰시오.)",
                        "각 수열이 수렴하는지, 발산하는지 조사하고 그 결과를 쓰시오."])
        ans = ", ".join(f"{lab} {_beh_text(it['beh'])}" for lab, it in zip(labs, picked, strict=True))
    else:
        q = rng.choice(["이 중 수렴하는 수열을 모두 고르고, 각각의 극한값을 구하시오.",
                        "네 수열 중에서 수렴하는 것을 모두 찾아 그 극한값을 쓰시오."])
        conv = [(lab, it) for lab, it in zip(labs, picked, strict=True) if it["beh"][0] == "conv"]
        ans = ", ".join(f"{lab} {_q(it['beh'][1])}" for lab, it in conv) or "없다"
    intro = rng.choice(["다음 표는 네 수열의 일반항과 처음 다섯 항을 나타낸 것이다.",
                        "네 수열 (가)~(라)의 일반항과 첫째항부터 제5항까지를 조사하였더니 다음과 같았다."])
    return Problem(text=f"{intro}\n{table}\n{q}", answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["수열", "수렴", "발산", "극한(값)"],
                   check=lambda: all(_same_beh(it["beh"], _fnum(it["expr"])) for it in picked))


def _false_claim(b: tuple, rng: random.Random) -> tuple:
    if b[0] == "conv":
        return rng.choice([("conv", b[1] + rng.choice([1, -1, 2])), ("+inf",), ("osc",)])
    if b[0] == "+inf":
        return rng.choice([("-inf",), ("conv", 0), ("osc",)])
    if b[0] == "-inf":
        return rng.choice([("+inf",), ("conv", 0)])
    return rng.choice([("conv", 0), ("conv", 1), ("+inf",)])


@family(S101, "bogi-convergence")
def _c1_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    pool = _pool101(rng)
    its = rng.sample(pool, 3)
    truth = [rng.random() < 0.55 for _ in range(3)]
    if not any(truth):
        truth[rng.randrange(3)] = True
    stmts, claims = [], []
    for it, ok in zip(its, truth, strict=True):
        a = "a"
        b = it["beh"] if ok else _false_claim(it["beh"], rng)
        claims.append(b)
        txt = _t(f"{a}_{{n}} = {it['tex']}", st)
        if b[0] == "conv":
            stmt = f"{txt}이면 {_t(LIMN + ' a_{n} = ' + _qt(b[1]), st)}이다."
        else:
            stmt = f"{txt}이면 수열 {_jt(_anset(a), st, '은/는')} {_beh_text(b).replace('발산(진동)', '진동')}한다."
        stmts.append((stmt, ok))
    block, ch = bogi(rng, stmts)
    d = 3
    text = f"자연수 n에 대하여 {bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"

    def chk() -> bool:
        for it, ok, b in zip(its, truth, claims, strict=True):
            if _same_beh(b, _fnum(it["expr"])) != ok:
                return False
        return True
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["수렴", "발산", "극한(값)"], choice=ch, check=chk)


@family(S101, "epsilon-first-index")
def _c1_eps(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = _seqname(rng)
    lim = rng.randint(-2, 5)
    k = rng.randint(1, 9)
    m = rng.randint(0, 4)
    p = rng.choice([2, 3, 3, 4])
    sign = rng.choice([1, -1])
    den = "n" if m == 0 else f"n + {m}"
    gen = (f"{lim} {'+' if sign > 0 else '-'} \\frac{{{k}}}{{{den}}}" if lim else
           f"{'-' if sign < 0 else ''}\\frac{{{k}}}{{{den}}}")
    eps = 10**p
    ans = k * eps - m + 1  # k/(n+m) < 1/eps  <=>  n > k*eps - m
    tol = _t(f"\\frac{{1}}{{{eps}}}", st) if rng.random() < 0.5 else f"{1 / eps:.{p}f}"
    text = rng.choice([
        f"수열 {_t(_anset(a), st)}의 일반항이 {_t(a + '_{n} = ' + gen, st)}이다. "
        f"{_t(f'|{a}_{{n}} - {lim}|', st)}의 값이 {tol}보다 작아지도록 하는 자연수 n의 최솟값을 {_end(rng)}",
        f"수열 {_t(a + '_{n} = ' + gen, st)}은 n이 커짐에 따라 {lim}에 한없이 가까워진다. "
        f"{a}_n과 {lim} 사이의 거리가 처음으로 {tol}보다 작아지는 것은 제몇 항부터인지 {_end(rng)}",
        f"{_t(a + '_{n} = ' + gen, st)}일 때, 제N항 이후의 모든 항이 {lim}과의 차가 {tol} 미만이 되게 하는 "
        f"자연수 N의 최솟값을 {_end(rng)}",
    ]).replace(f"{lim}과", josa(str(lim), "과/와"))
    if st == "unicode":
        text = text.replace(f"{a}_n과", f"{a}ₙ과")

    def chk() -> bool:
        def dist(nn: int) -> Fraction:
            return Fraction(k, nn + m)
        return dist(ans) < Fraction(1, eps) <= dist(ans - 1)
    return Problem(text=text, answer=str(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["수렴", "극한(값)"], check=chk)


@family(S101, "real-life-sequence")
def _c1_context(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(6)
    n = NS
    if kind == 0:
        s = rng.randint(1, 4)
        expr = 180 * n / (n + s)
        text = rng.choice([
            f"자연수 n에 대하여 정{'(n + ' + str(s) + ')'}각형의 한 내각의 크기를 {_t('a_{n}', st)}°라 하자. "
            f"n이 한없이 커질 때 수열 {_t(_anset('a'), st)}의 수렴, 발산을 조사하고, 수렴하면 극한값을 {_end(rng)}",
            f"변의 개수가 {s + 1}, {s + 2}, {s + 3}, …인 정다각형을 차례로 그릴 때, n번째 정다각형의 한 내각의 크기 "
            f"{_t('a_{n}', st)}°는 n이 한없이 커지면 어떤 값에 가까워지는지 {_end(rng)}",
        ])
        beh = ("conv", 180)
    elif kind == 1:
        area = rng.choice([12, 24, 36, 60, 100])
        expr = sp.Integer(area) / n
        text = (f"넓이가 {area} cm²인 직사각형의 가로의 길이를 n cm로 할 때의 세로의 길이를 {_t('b_{n}', st)} cm라 하자. "
                f"n이 한없이 커질 때 {_t('b_{n}', st)}의 값의 변화를 조사하여 수열 {_t(_anset('b'), st)}의 수렴, 발산을 "
                f"판정하시오.")
        beh = ("conv", 0)
    elif kind == 2:
        who = name(rng)
        expr = (1 - (-1) ** n) / 2
        text = (f"{josa(who, '은/는')} 꺼져 있는 전등의 스위치를 한 번 누를 때마다 전등이 켜지고 꺼지기를 반복하게 하였다. "
                f"스위치를 n번 누른 뒤 전등이 켜져 있으면 {_t('c_{n} = 1', st)}, 꺼져 있으면 {_t('c_{n} = 0', st)}이라 할 때, "
                f"수열 {_jt(_anset('c'), st, '은/는')} 수렴하는지 발산하는지 판정하시오.")
        beh = ("osc",)
    elif kind == 3:
        r = rng.choice([6, 10, 12, 20, 30])
        expr = sp.Integer(r) / n
        text = (
                f"저항값이 각각 {r} Ω인 똑같은 저항 n개를 병렬로 연결한 전체 저항을 {_t('R_{n}', st)} Ω이라 하면 "
                f"{_t('R_{n} = ' + _frac_tex(r, 'n'), st)}이다. 연결하는 저항의 개수 n을 한없이 늘릴 때 "
                f"수열 {_t(_anset('R'), st)}의 수렴, 발산을 조사하고, 수렴하면 그 극한값을 {_end(rng)}")
        beh = ("conv", 0)
    elif kind == 4:
        base = rng.choice([4800, 5200, 3800])
        per = rng.choice([100, 150, 200])
        expr = base + per * n
        text = (f"어느 택시의 요금은 기본요금 {base:,}원에 일정 거리를 갈 때마다 {per}원씩 더해진다. 추가 요금이 n번 "
                f"붙었을 때의 요금을 {_t('a_{n}', st)}원이라 할 때, n이 한없이 커지면 수열 {_jt(_anset('a'), st, '은/는')} "
                f"어떻게 되는지 수렴, 발산을 판정하시오.")
        beh = ("+inf",)
    else:
        w = rng.choice([2, 3, 5])
        expr = sp.Integer(w * 1000) / n
        text = (f"{w} kg짜리 케이크를 n명이 똑같이 나누어 먹을 때 한 사람이 먹는 양을 {_t('a_{n}', st)} g이라 하자. "
                f"사람 수 n이 한없이 많아질 때 {_t('a_{n}', st)}의 값은 어떻게 되는지 수렴, 발산을 판정하고, "
                f"수렴하면 극한값을 {_end(rng)}")
        beh = ("conv", 0)
    d = 2
    return Problem(text=text, answer=_beh_text(beh), format="word", difficulty=d, achievement_level="D",
                   concepts=["수열", "수렴", "발산"], check=lambda: _same_beh(beh, _fnum(expr)))


def _frac_tex(num, den: str) -> str:
    return f"\\frac{{{num}}}{{{den}}}"


@family(S101, "odd-even-terms")
def _c1_oddeven(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = _seqname(rng)
    p = rng.randint(-2, 4)
    same = rng.random() < 0.45
    q = p if same else p + _nz(rng, -3, 3)
    k1, k2 = _nz(rng, -4, 4), _nz(rng, -4, 4)
    t1 = (f"{p} + " if p else "") + _frac_tex(k1, "n") if k1 > 0 else (f"{p} - " if p else "-") + _frac_tex(-k1, "n")
    t2 = (f"{q} + " if q else "") + _frac_tex(k2, "n") if k2 > 0 else (f"{q} - " if q else "-") + _frac_tex(-k2, "n")
    if st == "latex":
        pw = (f"${a}_{{n}} = \\begin{{cases}} {t1} & (n은 홀수) \\\\ {t2} & (n은 짝수) \\end{{cases}}$")
    else:
        pw = f"{_t(a + '_{n}', st)} = {{ {_t(t1, st)} (n은 홀수), {_t(t2, st)} (n은 짝수) }}"
    beh = ("conv", p) if same else ("osc",)
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"수열 {_jt(_anset(a), st, '이/가')} {pw}일 때, 이 수열의 수렴, 발산을 판정하고 수렴하면 극한값을 {_end(rng)}",
            f"자연수 n에 대하여 {pw}로 정의된 수열 {_jt(_anset(a), st, '은/는')} 수렴하는가? 그 이유를 함께 쓰시오.",
        ])
        fmt, d = "computation", 3
        ans = _beh_text(beh)
    else:
        text = (f"수열 {_t(_anset(a), st)}의 홀수 번째 항은 {_t(t1, st)}, 짝수 번째 항은 {_t(t2, st)}이다. "
                f"홀수 번째 항들이 가까워지는 값을 α, 짝수 번째 항들이 가까워지는 값을 β라 할 때, α, β의 값을 각각 구하고 "
                f"수열 {_jt(_anset(a), st, '이/가')} 수렴하는지 판정하시오.")
        fmt, d = "word", 3
        ans = f"α = {p}, β = {q}, " + ("수렴 (극한값 " + str(p) + ")" if same else "발산(진동)")
    n = NS
    expr = sp.Piecewise((p + sp.Rational(k1) / n, sp.Eq(n % 2, 1)), (q + sp.Rational(k2) / n, True))
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C",
                   concepts=["수열", "수렴", "발산"], check=lambda: _same_beh(beh, _fnum(expr)))


@family(S101, "values-then-limit-fill")
def _c1_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = _seqname(rng)
    lim = rng.randint(-3, 5)
    k = _nz(rng, -9, 9)
    num = _lin(lim, k) if lim else str(k)
    gen = f"\\frac{{{num}}}{{n}}"
    ns = [10, 100, 1000]
    vals = [Fraction(lim) + Fraction(k, m) for m in ns]
    dec = [str(float(v)).rstrip("0").rstrip(".") if float(v) != int(float(v)) else str(int(v)) for v in vals]
    blanks = ", ".join(f"{_t(a + '_{' + str(m) + '}', st)} = □" for m in ns)
    text = rng.choice([
        f"수열 {_t(_anset(a), st)}의 일반항이 {_t(a + '_{n} = ' + gen, st)}일 때, 다음 □ 안에 알맞은 수를 써넣으시오.\n"
        f"{blanks}\n따라서 n이 한없이 커질 때 {_t(a + '_{n}', st)}의 값은 □에 한없이 가까워진다.",
        f"공학 도구를 이용하여 {_t(a + '_{n} = ' + gen, st)}의 값을 계산하려고 한다. 빈칸에 알맞은 수를 채우시오.\n"
        f"{blanks}\n이를 통해 {_t(LIMN + ' ' + a + '_{n} = □', st)}임을 추측할 수 있다.",
    ])
    ans = ", ".join(dec) + f", {lim}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["수렴", "극한(값)"],
                   check=lambda: all(abs(float(sp.Rational(lim * m + k, m)) - float(dv)) < 1e-9
                                     for m, dv in zip(ns, dec, strict=True))
                   and _same_beh(("conv", lim), lambda m: lim + k / m))


@family(S101, "make-it-converge")
def _c1_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = _seqname(rng)
    p = _nz(rng, -3, 4)
    q = rng.randint(-4, 6)
    r = _nz(rng, -5, 5)
    kind = rng.randrange(2)
    kk = f"(k {'-' if p > 0 else '+'} {abs(p)})"
    if kind == 0:
        qpart = "" if q == 0 else (f" + {q}" if q > 0 else f" - {-q}")
        gen = f"{kk}n{qpart} {'+' if r > 0 else '-'} {_frac_tex(abs(r), 'n')}"
        pass
    else:
        gen = f"{kk}(-1)^{{n}}" + (f" {'+' if q > 0 else '-'} {abs(q)}" if q else "")
        pass
    text = rng.choice([
        f"수열 {_t(_anset(a), st)}의 일반항이 {_t(a + '_{n} = ' + gen, st)}이다. 이 수열이 수렴하도록 하는 "
        f"상수 k의 값과 그때의 극한값을 {_end(rng)}",
        f"일반항이 {_t(a + '_{n} = ' + gen, st)}인 수열이 수렴할 때, 상수 k의 값과 {_jt(LIMN + ' ' + a + '_{n}', st, '의/의')} "
        f"값을 각각 {_end(rng)}".replace("의/의", "의").replace("의의", "의"),
    ])
    ans = f"k = {p}, 극한값 {q}"

    def mk(kv: int) -> Callable[[int], float]:
        if kind == 0:
            return lambda m: (kv - p) * m + q + r / m
        return lambda m: (kv - p) * (-1) ** m + q

    def chk() -> bool:
        return _same_beh(("conv", q), mk(p)) and _behaviour(mk(p + 1))[0] != "conv" \
            and _behaviour(mk(p - 1))[0] != "conv"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B",
                   concepts=["수렴", "발산", "극한(값)"], check=chk)


# ================================================================================================
# 12미적Ⅱ-01-02 수열의 극한에 대한 성질
# ================================================================================================
def _nlim(fn: Callable, target, big: int = 10**12) -> bool:
    """High-precision numeric check that ``fn(n)`` → ``target`` (a Rational) as n → ∞."""
    import mpmath

    with mpmath.workdps(60):
        v1 = fn(mpmath.mpf(big))
        v2 = fn(mpmath.mpf(big) * 10)
        t = mpmath.mpf(sp.Rational(target).p) / sp.Rational(target).q
        return abs(v1 - t) < mpmath.mpf("1e-6") and abs(v2 - t) < mpmath.mpf("1e-6")


def _msqrt(v):
    import mpmath

    return mpmath.sqrt(v)


def _rat_pair(rng: random.Random) -> tuple[list, list]:
    """Numerator and denominator coefficient lists (n-polynomials), degrees chosen for the limit type."""
    dd = rng.choice([1, 2, 2, 3])
    den = [rng.randint(1, 5)] + [rng.randint(-5, 5) for _ in range(dd)]
    kind = rng.choice(["eq", "eq", "eq", "lt"])
    dn = dd if kind == "eq" else dd - 1
    num = [_nz(rng, -6, 6)] + [rng.randint(-6, 6) for _ in range(dn)]
    return num, den


def _evalp(cs, v):
    out = 0
    for c in cs:
        out = out * v + c
    return out


@family(S102, "rational-infinity-over-infinity")
def _c2_rational(rng: random.Random) -> Problem:
    st = pick_style(rng)
    num, den = _rat_pair(rng)
    ans = sp.Rational(num[0], den[0]) if len(num) == len(den) else sp.Integer(0)
    prod = len(num) == 3 and rng.random() < 0.4
    if prod:  # numerator written as a product of two linear factors
        p1, q1, p2, q2 = _nz(rng, -4, 4), rng.randint(-4, 4), _nz(rng, -3, 3), rng.randint(-4, 4)
        num = [p1 * p2, p1 * q2 + p2 * q1, q1 * q2]
        ntex = f"({_lin(p1, q1)})({_lin(p2, q2)})"
        ans = sp.Rational(num[0], den[0]) if len(num) == len(den) else sp.Integer(0)
    else:
        ntex = _poly(num)
    ex = f"{LIMN} \\frac{{{ntex}}}{{{_poly(den)}}}"
    d = 2 if len(den) <= 3 else 3
    if rng.random() < 0.45:
        wrongs = [sp.Rational(num[-1], den[-1]) if den[-1] else 1, 0 if ans else 1, -ans if ans else 2,
                  sp.Rational(num[0], den[-1] or 1), ans + 1, ans * 2]
        ch = _numopts(rng, ans, wrongs, st)
        text = with_choices(f"{_t(ex, st)}의 값은?{exam_points(rng, d)}", ch)
        ans_s, fmt, choice = ch.label, "mcq", ch
    else:
        text = rng.choice([
            f"{_t(ex, st)}의 {_end(rng, '값')}",
            f"다음 극한값을 {_end(rng)}\n{_t(ex, st)}",
            f"수열의 극한에 대한 성질을 이용하여 {_jt(ex, st, '을/를')} 계산하시오.",
        ])
        ans_s, fmt, choice = _q(ans), "computation", None
    n_, d_ = list(num), list(den)
    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["수렴", "극한(값)", "lim_(n→∞) aₙ"], choice=choice,
                   check=lambda: _nlim(lambda v: _evalp(n_, v) / _evalp(d_, v), ans))


@family(S102, "sqrt-difference")
def _c2_sqrt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    a = _nz(rng, -6, 8)
    b = rng.randint(-5, 5)
    if kind == 0:  # sqrt(n^2 + an + b) - n
        inner = _poly([1, a, b])
        ex = f"\\left(\\sqrt{{{inner}}} - n\\right)"
        ans = sp.Rational(a, 2)

        def fn(v):
            return _msqrt(v * v + a * v + b) - v
    elif kind == 1:  # sqrt(n^2 + an) - sqrt(n^2 + cn)
        c = rng.choice([v for v in range(-5, 6) if v != a])
        ex = f"\\left(\\sqrt{{{_poly([1, a, 0])}}} - \\sqrt{{{_poly([1, c, 0])}}}\\right)"
        ans = sp.Rational(a - c, 2)

        def fn(v):
            return _msqrt(v * v + a * v) - _msqrt(v * v + c * v)
    elif kind == 2:  # 1 / (sqrt(n^2 + an) - n)
        a = abs(a)
        ex = f"\\frac{{1}}{{\\sqrt{{{_poly([1, a, 0])}}} - n}}"
        ans = sp.Rational(2, a)

        def fn(v):
            return 1 / (_msqrt(v * v + a * v) - v)
    else:  # sqrt(n) (sqrt(n + a) - sqrt(n))
        a = abs(a)
        ex = f"\\sqrt{{n}}\\left(\\sqrt{{n + {a}}} - \\sqrt{{n}}\\right)"
        ans = sp.Rational(a, 2)

        def fn(v):
            return _msqrt(v) * (_msqrt(v + a) - _msqrt(v))
    full = f"{LIMN} {ex}"
    d = 3
    if rng.random() < 0.4:
        ch = _numopts(rng, ans, [ans * 2, 0, a, -ans, sp.Rational(1, 2)], st)
        text = with_choices(f"{_t(full, st)}의 값은?{exam_points(rng, d)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                       concepts=["극한(값)", "lim_(n→∞) aₙ"], choice=ch, check=lambda: _nlim(fn, ans))
    text = rng.choice([
        f"{_t(full, st)}의 {_end(rng, '값')}",
        f"분자 또는 분모를 유리화하여 {_jt(full, st, '을/를')} {_end(rng)}",
        f"다음 극한값을 {_end(rng)}\n{_t(full, st)}",
    ])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["극한(값)", "lim_(n→∞) aₙ"], check=lambda: _nlim(fn, ans))


@family(S102, "limit-laws-given-limits")
def _c2_laws(rng: random.Random) -> Problem:
    st = pick_style(rng)
    al = _nz(rng, -4, 5)
    be = _nz(rng, -4, 5)
    p, q = _nz(rng, -3, 4), _nz(rng, -3, 3)
    r = rng.randint(-3, 4)
    form = rng.randrange(3)
    if form == 0:
        ex = f"({_lin(p, 0, 'a_{n}')} {'+' if q > 0 else '-'} {'' if abs(q) == 1 else abs(q)}b_{{n}})"
        ex = ex[1:-1]
        val = p * al + q * be
    elif form == 1:
        ex = f"\\frac{{{_lin(p, 0, 'a_{n}')} + b_{{n}}}}{{a_{{n}}b_{{n}}{'' if r == 0 else (' + ' + str(r) if r > 0 else ' - ' + str(-r))}}}"
        den = al * be + r
        if den == 0:
            r += 1
            ex = f"\\frac{{{_lin(p, 0, 'a_{n}')} + b_{{n}}}}{{a_{{n}}b_{{n}}{'' if r == 0 else (' + ' + str(r) if r > 0 else ' - ' + str(-r))}}}"
            den = al * be + r
        val = sp.Rational(p * al + be, den)
    else:
        ex = "(a_{n})^{2} - " + ("" if abs(q) == 1 else str(abs(q))) + "a_{n}b_{n}" if q > 0 else \
             "(a_{n})^{2} + " + ("" if abs(q) == 1 else str(abs(q))) + "a_{n}b_{n}"
        val = al * al - q * al * be
    given = f"{LIMN} a_{{n}} = {al}, \\quad {LIMN} b_{{n}} = {be}"
    full = f"{LIMN} " + (f"\\left({ex}\\right)" if form != 1 else ex)
    fill = rng.random() < 0.35
    if fill:
        text = (f"두 수열 {_t(_anset('a'), st)}, {_t(_anset('b'), st)}에 대하여 {_t(given, st)}일 때, "
                f"다음 □ 안에 알맞은 수를 써넣으시오.\n{_t(full, st)} = □")
    else:
        text = rng.choice([
            f"수렴하는 두 수열 {_t(_anset('a'), st)}, {_t(_anset('b'), st)}에 대하여 {_t(given, st)}일 때, "
            f"{_t(full, st)}의 {_end(rng, '값')}",
            f"{_t(given, st)}인 두 수열 {_t(_anset('a'), st)}, {_t(_anset('b'), st)}가 있다. "
            f"{_t(full, st)}의 {_end(rng, '값')}",
        ]).replace("의의", "의")
    d = 2 if form == 0 else 3

    def chk() -> bool:
        # concrete sequences with those limits: a_n = α + 1/n, b_n = β − 2/n
        def fn(v):
            av, bv = al + 1 / v, be - 2 / v
            if form == 0:
                return p * av + q * bv
            if form == 1:
                return (p * av + bv) / (av * bv + r)
            return av * av - q * av * bv
        return _nlim(fn, val, 10**9)
    return Problem(text=text, answer=_q(val), format="fill" if fill else "computation", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["수렴", "극한(값)", "lim_(n→∞) aₙ"], check=chk)


@family(S102, "given-n-times-an-mcq")
def _c2_nan(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    c, dd = rng.randint(1, 4), rng.randint(-3, 5)
    L = _nz(rng, -6, 9) * c
    p, q = rng.randint(1, 5), rng.randint(-3, 3)
    r, s = rng.randint(1, 4), rng.randint(-3, 5)
    # lim (cn + d) a_n = L  =>  lim n a_n = L/c ;  lim (p n^2 + q) a_n / (r n + s) = (L/c)(p/r)
    ans = sp.Rational(L, c) * sp.Rational(p, r)
    cond = f"{LIMN} ({_lin(c, dd)})a_{{n}} = {L}"
    ask = f"{LIMN} \\frac{{({_poly([p, 0, q])})a_{{n}}}}{{{_lin(r, s)}}}"
    d = 3
    wrongs = [sp.Rational(L, c), sp.Rational(L * p, r), L * p * r / sp.Integer(c), ans * c, -ans, sp.Rational(L, r)]
    ch = _numopts(rng, ans, wrongs, st)
    stem = rng.choice([
        f"수열 {_jt(_anset('a'), st, '이/가')} {_jt(cond, st, '을/를')} 만족시킬 때, {_t(ask, st)}의 값은?{exam_points(rng, d)}",
        f"{_t(cond, st)}일 때, {_t(ask, st)}의 값은? (단, 수열 {_t(_anset('a'), st)}의 모든 항은 실수이다.){exam_points(rng, d)}",
    ])

    def chk() -> bool:
        def fn(v):
            an = L / (c * v + dd)
            return (p * v * v + q) * an / (r * v + s)
        return _nlim(fn, ans, 10**9)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="B",
                   concepts=["수렴", "극한(값)"], choice=ch, check=chk)


@family(S102, "squeeze-bounds")
def _c2_squeeze(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    a = _seqname(rng)
    an = f"{a}_{{n}}"
    if kind == 0:
        p = rng.randint(1, 5)
        lo, hi = rng.randint(-4, 0), rng.randint(1, 5)
        cond = f"{_lin(p, lo)} \\lt {an} \\lt {_lin(p, hi)}"
        m = rng.randint(1, 3)
        ask = f"{LIMN} \\frac{{{an}}}{{{_lin(m, rng.randint(0, 3))}}}"
        ans = sp.Rational(p, m)

        def fn(v):
            return (p * v + (lo + hi) / 2) / (m * v)
    elif kind == 1:
        p = rng.randint(1, 4)
        lo, hi = rng.randint(-5, -1), rng.randint(1, 6)
        cond = f"{_poly([p, 0, lo])} \\le n{an} \\le {_poly([p, 0, hi])}"
        ask = f"{LIMN} \\frac{{{an}}}{{n}}"
        ans = sp.Integer(p)

        def fn(v):
            return (p * v * v + hi) / v / v
    else:
        k = rng.randint(1, 5)
        c = rng.randint(1, 4)
        cond = None
        ask = f"{LIMN} \\frac{{{c}n + {k}(-1)^{{n}}}}{{n}}" if rng.random() < 0.5 else \
              f"{LIMN} \\frac{{{c}n^{{2}} + {k}\\cos n\\pi}}{{n^{{2}} + 1}}"
        ans = sp.Integer(c)

        def fn(v):
            return (c * v + k) / v
    if cond is not None:
        text = rng.choice([
            f"수열 {_jt(_anset(a), st, '이/가')} 모든 자연수 n에 대하여 {_jt(cond, st, '을/를')} 만족시킬 때, "
            f"{_t(ask, st)}의 {_end(rng, '값')}",
            f"모든 자연수 n에 대하여 {_jt(cond, st, '인/인').replace('인/인', '인')} 수열 {_jt(_anset(a), st, '이/가')} 있다. "
            f"{_t(ask, st)}의 {_end(rng, '값')}",
        ])
    else:
        text = rng.choice([
            f"수열의 극한의 대소 관계를 이용하여 {_t(ask, st)}의 {_end(rng, '값')}",
            f"{_t(ask, st)}의 값을 구하고, 그 과정을 설명하시오.",
        ])
    d = 3
    return Problem(text=text, answer=_q(ans), format="computation" if cond is not None else "proof",
                   difficulty=d, achievement_level="C" if cond is not None else "B",
                   concepts=["수렴", "극한(값)"], check=lambda: _nlim(fn, ans, 10**9))


def _mixed(body: str, st: str) -> str:
    """Render a sentence mixing Korean words and LaTeX-lite runs (only the mathematics in $…$)."""
    parts = re.split(r"([가-힣](?:[가-힣 ,.]*[가-힣.,])?)", body)
    out = []
    for p in parts:
        core = p.strip()
        if not core or re.match(r"[가-힣]", p):
            out.append(p)
            continue
        lead, trail = p[: len(p) - len(p.lstrip())], p[len(p.rstrip()):]
        out.append(lead + _t(core, st) + trail)
    return "".join(out)


_LAW_STMTS = (
    ("{LA} = α, {LB} = β이면 {LIM} (a_{n} + b_{n}) = α + β이다.", True),
    ("두 수열 \\{a_{n}b_{n}\\}, \\{a_{n}\\}이 모두 수렴하면 수열 \\{b_{n}\\}도 수렴한다.", False),
    ("{LA} = \\infty, {LB} = \\infty이면 {LIM} (a_{n} - b_{n}) = 0이다.", False),
    ("{LIM} (a_{n} - b_{n}) = 0이고 {LA} = α이면 {LB} = α이다.", True),
    ("모든 자연수 n에 대하여 a_{n} \\lt b_{n}이고 {LA} = α, {LB} = β이면 α \\lt β이다.", False),
    ("모든 자연수 n에 대하여 a_{n} \\le b_{n}이고 {LA} = \\infty이면 {LB} = \\infty이다.", True),
    ("{LA} = α (α \\ne 0)이고 {LIM} a_{n}b_{n} = γ이면 {LB} = \\frac{γ}{α}이다.", True),
    ("{LIM} (a_{n})^{2} = 4이면 {LA} = 2 또는 {LA} = -2이다.", False),
    ("{LIM} |a_{n}| = 0이면 {LA} = 0이다.", True),
    ("{LIM} \\frac{a_{n}}{b_{n}} = 1이고 {LB} = \\infty이면 {LIM} (a_{n} - b_{n}) = 0이다.", False),
    ("{LA} = α이면 {LIM} a_{2n} = α이다.", True),
    ("{LIM} a_{2n} = α이고 {LIM} a_{2n-1} = α이면 {LA} = α이다.", True),
    ("두 수열 \\{a_{n}\\}, \\{b_{n}\\}이 모두 발산하면 수열 \\{a_{n} + b_{n}\\}도 발산한다.", False),
    ("{LA} = 3이면 {LIM} \\frac{a_{n+1}}{a_{n}} = 1이다.", True),
)


@family(S102, "bogi-limit-laws")
def _c2_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    picks = rng.sample(_LAW_STMTS, 3)
    if not any(ok for _, ok in picks):
        picks[rng.randrange(3)] = rng.choice([s for s in _LAW_STMTS if s[1]])
    stmts = []
    for raw, ok in picks:
        body = raw.replace("{LA}", LIMN + " a_{n}").replace("{LB}", LIMN + " b_{n}").replace("{LIM}", LIMN)
        # render formula runs ($…$ only around the mathematics) by splitting at Korean text
        stmts.append((_mixed(body, st), ok))
    block, ch = bogi(rng, stmts)
    d = 4
    note = rng.choice(["", " (단, α, β, γ는 실수이다.)"])
    text = (f"두 수열 {_t(_anset('a'), st)}, {_t(_anset('b'), st)}에 대하여 {bogi_question(rng)}{note}{exam_points(rng, d)}\n"
            f"{block}\n{ch.block}")
    truths = tuple(ok for _, ok in picks)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="B",
                   concepts=["수렴", "발산", "극한(값)"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(
                       lab for lab, ok in zip("ㄱㄴㄷ", truths, strict=True) if ok))


@family(S102, "sum-formula-limit")
def _c2_sums(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:  # (1 + 2 + ... + n) / (p n^2 + q)
        p, q = rng.randint(1, 4), rng.randint(-3, 5)
        ex = f"{LIMN} \\frac{{1 + 2 + 3 + \\cdots + n}}{{{_poly([p, 0, q])}}}"
        ans = sp.Rational(1, 2 * p)

        def fn(v):
            return v * (v + 1) / 2 / (p * v * v + q)
        also = ["12대수03-04"]
    elif kind == 1:  # sum k^2 / n^3
        p = rng.randint(1, 3)
        ex = f"{LIMN} \\frac{{1^{{2}} + 2^{{2}} + 3^{{2}} + \\cdots + n^{{2}}}}{{{'' if p == 1 else p}n^{{3}}}}"
        ans = sp.Rational(1, 3 * p)

        def fn(v):
            return v * (v + 1) * (2 * v + 1) / 6 / (p * v**3)
        also = ["12대수03-04"]
    elif kind == 2:  # sum_{k=1}^{n} (a k + b) / n^2
        a, b = rng.randint(1, 6), rng.randint(-3, 4)
        ex = f"{LIMN} \\frac{{1}}{{n^{{2}}}}\\sum_{{k=1}}^{{n}} ({_lin(a, b, 'k')})"
        ans = sp.Rational(a, 2)

        def fn(v):
            return (a * v * (v + 1) / 2 + b * v) / v / v
        also = ["12대수03-04"]
    else:  # arithmetic sequence S_n / n^2 or a_n / S_n * n
        a1, dd = rng.randint(-3, 6), rng.randint(1, 5)
        ans = sp.Rational(dd, 2)
        ex = None

        def fn(v):
            return (v * (2 * a1 + (v - 1) * dd) / 2) / v / v
        also = ["12대수03-02"]
    if ex is not None:
        text = rng.choice([f"{_t(ex, st)}의 {_end(rng, '값')}", f"다음 극한값을 {_end(rng)}\n{_t(ex, st)}"])
    else:
        who = name(rng)
        exs, ext = LIMN + " \\frac{S_{n}}{n^{2}}", LIMN + " \\frac{T_{n}}{n^{2}}"
        text = rng.choice([
            f"첫째항이 {a1}, 공차가 {dd}인 등차수열의 첫째항부터 제n항까지의 합을 {_t('S_{n}', st)}이라 할 때, "
            f"{_t(exs, st)}의 {_end(rng, '값')}",
            f"{josa(who, '은/는')} 첫날 {a1 + 10}쪽을 읽고, 다음 날부터 전날보다 {dd}쪽씩 더 읽기로 하였다. n일 동안 읽은 "
            f"전체 쪽수를 {_t('T_{n}', st)}이라 할 때, {_t(ext, st)}의 {_end(rng, '값')}",
        ])
        if "쪽" in text:
            a1 += 10
    d = 3
    return Problem(text=text, answer=_q(ans), format="word" if ex is None else "computation", difficulty=d,
                   achievement_level="C", concepts=["극한(값)", "lim_(n→∞) aₙ"], also=also,
                   check=lambda: _nlim(fn, ans, 10**9))


@family(S102, "geometry-sqrt-context")
def _c2_geo(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    k = rng.randint(1, 8)
    kk = "" if k == 1 else str(k)
    lim_l = LIMN + " (l_{n} - n)"
    if kind == 0:  # O to P_n(n, sqrt(k n)): OP_n - n -> k/2
        pt = f"P_{{n}}\\left(n, \\sqrt{{{kk}n}}\\right)"
        curve = f"y = \\sqrt{{{kk}x}}"
        seg = "\\overline{OP_{n}} = l_{n}" if st == "latex" else "OPₙ = lₙ" if st == "unicode" else "OP_n = l_n"
        text = rng.choice([
            f"자연수 n에 대하여 좌표평면 위의 점 {_t(pt, st)}과 원점 O 사이의 거리를 {_t('l_{n}', st)}이라 할 때, "
            f"{_t(lim_l, st)}의 {_end(rng, '값')}",
            f"곡선 {_t(curve, st)} 위의 점 중 x좌표가 n인 점을 {_t('P_{n}', st)}이라 하자. 원점 O에 대하여 "
            f"{_t(seg, st) if st == 'latex' else seg}일 때, {_t(lim_l, st)}의 {_end(rng, '값')}",
        ])
        ans = sp.Rational(k, 2)

        def fn(v):
            return _msqrt(v * v + k * v) - v
    elif kind == 1:  # positive root of x^2 - 2nx - k = 0: a_n = n + sqrt(n^2 + k); n(a_n - 2n) -> k/2
        eq = f"x^{{2}} - 2nx - {k} = 0"
        ask = LIMN + " n(a_{n} - 2n)"
        text = rng.choice([
            f"자연수 n에 대하여 x에 대한 이차방정식 {_t(eq, st)}의 양의 실근을 {_t('a_{n}', st)}이라 할 때, "
            f"{_t(ask, st)}의 {_end(rng, '값')}",
            f"이차방정식 {_t(eq, st)}의 두 근 중 큰 근을 {_t('a_{n}', st)}이라 하자. {_t(ask, st)}의 "
            f"{_end(rng, '값')} (단, n은 자연수이다.)",
        ])
        ans = sp.Rational(k, 2)

        def fn(v):
            return v * (_msqrt(v * v + k) - v)
    else:  # slope of the chord of y = sqrt(x) between x = n and x = n + k, times sqrt(n): -> 1/2
        pa = "A_{n}(n, \\sqrt{n})"
        pb = f"B_{{n}}(n + {k}, \\sqrt{{n + {k}}})"
        ask = LIMN + " \\sqrt{n}\\, m_{n}"
        text = (f"곡선 {_t(_SQRTX, st)} 위의 두 점 {_t(pa, st)}, {_t(pb, st)}"
                f"을 지나는 직선의 기울기를 {_t('m_{n}', st)}이라 할 때, "
                f"{_t(ask, st)}의 {_end(rng, '값')}")
        ans = sp.Rational(1, 2)

        def fn(v):
            return _msqrt(v) * (_msqrt(v + k) - _msqrt(v)) / k
    d = 4
    return Problem(text=text, answer=_q(ans), format="word", difficulty=d, achievement_level="B",
                   concepts=["극한(값)", "lim_(n→∞) aₙ"],
                   check=lambda: _nlim(fn, ans, 10**9))


_SQRTX = "y = \\sqrt{x}"


@family(S102, "solution-steps-fill")
def _c2_steps(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "latex", "unicode", "plain"])
    if rng.random() < 0.55:
        a, b, c = rng.randint(1, 6), _nz(rng, -6, 6), rng.randint(1, 7)
        dd, e = rng.randint(1, 5), _nz(rng, -5, 5)
        bb = f"{'-' if b > 0 else '+'} \\frac{{(가)}}{{n}}"
        ee = f"{'+' if e > 0 else '-'} \\frac{{{abs(e)}}}{{(나)}}"
        chain = (f"{LIMN} \\frac{{{_poly([a, -b, c])}}}{{{_poly([dd, 0, e])}}} = "
                 f"{LIMN} \\frac{{{a} {bb} + \\frac{{{c}}}{{n^{{2}}}}}}{{{dd} {ee}}} = (다)")
        ans = f"(가) {abs(b)}, (나) n², (다) {_q(sp.Rational(a, dd))}"
        lead = rng.choice(["분모의 최고차항으로 분모와 분자를 각각 나누어 극한값을 구하는 과정이다.",
                           "다음은 수열의 극한에 대한 성질을 이용하여 극한값을 구하는 과정이다."])
        val = sp.Rational(a, dd)
        n_, d_ = [a, -b, c], [dd, 0, e]

        def chk() -> bool:
            return _nlim(lambda v: _evalp(n_, v) / _evalp(d_, v), val, 10**9)
    else:
        a = rng.randint(1, 9)
        chain = (f"{LIMN} \\left(\\sqrt{{n^{{2}} + {a}n}} - n\\right) = {LIMN} \\frac{{(가)}}{{\\sqrt{{n^{{2}} + {a}n}} + n}}"
                 f" = {LIMN} \\frac{{{a}}}{{\\sqrt{{1 + \\frac{{{a}}}{{n}}}} + (나)}} = (다)")
        ans = f"(가) {a}n, (나) 1, (다) {_q(sp.Rational(a, 2))}"
        lead = rng.choice(["다음은 분자를 유리화하여 극한값을 구하는 과정이다.",
                           "다음은 근호를 포함한 식의 극한값을 구하는 과정이다."])
        val = sp.Rational(a, 2)

        def chk() -> bool:
            return _nlim(lambda v: _msqrt(v * v + a * v) - v, val, 10**9)
    text = (f"{lead}\n{_t(chain, st)}\n(가), (나), (다)에 알맞은 것을 " + rng.choice(["쓰시오.", "차례로 쓰시오.",
                                                                             "각각 구하시오."]))
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["극한(값)", "lim_(n→∞) aₙ"], check=chk)


@family(S102, "find-constants-from-limit")
def _c2_consts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    L = _nz(rng, -5, 6)
    if kind == 0:  # lim (a n^2 + b n + 1)/(c n + 3) = L  ->  a = 0, b = cL
        c = rng.randint(1, 4)
        cc = rng.randint(1, 5)
        ex = f"{LIMN} \\frac{{an^{{2}} + bn + {cc}}}{{{_lin(c, 3)}}} = {L}"
        a_, b_ = 0, c * L
        ans = a_ + b_

        def fn(v):
            return (a_ * v * v + b_ * v + cc) / (c * v + 3)
        tv = sp.Rational(L)
    elif kind == 1:  # lim (sqrt(n^2 + a n) - b n) = L -> b = 1, a = 2L
        L = abs(L)
        ex = f"{LIMN} \\left(\\sqrt{{n^{{2}} + an}} - bn\\right) = {L}"
        a_, b_ = 2 * L, 1
        ans = a_ + b_

        def fn(v):
            return _msqrt(v * v + a_ * v) - b_ * v
        tv = sp.Rational(L)
    else:  # lim (a n + 5)/(c n - 1) = L and lim (b n^2 - 1)/(n^2 + a n) = ... -> a = cL ; ask a only
        c = rng.randint(1, 5)
        ex = f"{LIMN} \\frac{{an + 5}}{{{_lin(c, -1)}}} = {L}"
        a_, b_ = c * L, 0
        ans = a_

        def fn(v):
            return (a_ * v + 5) / (c * v - 1)
        tv = sp.Rational(L)
    ask = "a + b의 값" if kind != 2 else "상수 a의 값"
    d = 3 if kind == 2 else 4
    text = rng.choice([
        f"{_t(ex, st)}일 때, {ask}을 {_end(rng)} (단, a, b는 상수이다.){exam_points(rng, d)}".replace(" (단, a, b는 상수이다.)", "")
        if kind == 2 else
        f"두 상수 a, b에 대하여 {_t(ex, st)}일 때, {ask}을 {_end(rng)}{exam_points(rng, d)}",
        f"{_jt(ex, st, '이/가')} 성립하도록 하는 {ask}을 {_end(rng)}" + ("" if kind == 2 else " (단, a, b는 상수이다.)"),
    ])
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["수렴", "극한(값)"], check=lambda: _nlim(fn, tv, 10**9))


# ================================================================================================
# 12미적Ⅱ-01-03 등비수열의 극한
# ================================================================================================
def _behaviour_mp(fn: Callable) -> tuple:
    """Like ``_behaviour`` but with mpmath numbers (powers such as (3/2)ⁿ do not overflow)."""
    import mpmath

    with mpmath.workdps(30):
        v = [fn(mpmath.mpf(k)) for k in (2000, 2001, 4000, 4001)]
        if max(v) - min(v) < mpmath.mpf("1e-9"):
            return ("conv", float(v[-1]))
        if min(v) > 10**6 and v[2] > v[0] and v[3] > v[1]:
            return ("+inf",)
        if max(v) < -(10**6) and v[2] < v[0] and v[3] < v[1]:
            return ("-inf",)
        return ("osc",)


def _same_beh_mp(claim: tuple, fn: Callable) -> bool:
    got = _behaviour_mp(fn)
    if claim[0] != got[0]:
        return False
    return claim[0] != "conv" or abs(float(claim[1]) - got[1]) < 1e-6


def _r_pool(rng: random.Random) -> list[tuple[str, object, str]]:
    """(LaTeX-lite base, numeric value (Rational or float), short name) of common ratios."""
    p, q = rng.choice([(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (2, 5), (3, 5), (4, 5), (1, 5), (5, 6)])
    p2, q2 = rng.choice([(2, 3), (3, 4), (2, 5), (3, 5), (4, 5), (4, 7)])
    out = [
        (_qt(sp.Rational(p, q)), sp.Rational(p, q), "lt1"),
        (_qt(-sp.Rational(p2, q2)), -sp.Rational(p2, q2), "lt1"),
        (_qt(sp.Rational(q2, p2)), sp.Rational(q2, p2), "gt1"),
        (_qt(-sp.Rational(q, p)), -sp.Rational(q, p), "ltm1"),
        ("1", sp.Integer(1), "one"),
        ("-1", sp.Integer(-1), "mone"),
        (str(rng.randint(2, 5)), None, "gt1"),
        (f"-{rng.randint(2, 4)}", None, "ltm1"),
        ("\\frac{\\sqrt{2}}{2}", sp.sqrt(2) / 2, "lt1"),
        ("\\sqrt{3}", sp.sqrt(3), "gt1"),
        ("-\\frac{\\sqrt{3}}{3}", -sp.sqrt(3) / 3, "lt1"),
        ("0.9", sp.Rational(9, 10), "lt1"),
        ("-1.1", sp.Rational(-11, 10), "ltm1"),
    ]
    seen: dict[str, tuple] = {}
    for t, v, k in out:
        seen.setdefault(t, (t, v if v is not None else sp.Integer(int(t)), k))
    return list(seen.values())


def _rbeh(kind: str, a=1) -> tuple:
    if kind == "lt1":
        return ("conv", 0)
    if kind == "one":
        return ("conv", a)
    if kind == "gt1":
        return ("+inf",) if a > 0 else ("-inf",)
    return ("osc",)


def _powtex(base: str) -> str:
    return f"\\left({base}\\right)^{{n}}" if (base.startswith("-") or "frac" in base or "." in base) else \
        f"{base}^{{n}}" if "sqrt" not in base else f"\\left({base}\\right)^{{n}}"


@family(S103, "judge-geometric-sequence")
def _g3_judge(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base, val, kind = rng.choice(_r_pool(rng))
    a = rng.choice([1, 1, 2, 3, -2, 5])
    coef = "" if a == 1 else ("-" if a == -1 else str(a))
    gen = f"{coef}{_powtex(base)}"
    form = rng.randrange(3)
    s = _seqname(rng)
    if form == 0:
        text = rng.choice([
            f"수열 {_t(f'{s}_{{n}} = ' + gen, st)}의 수렴, 발산을 판정하고, 수렴하면 극한값을 {_end(rng)}",
            f"일반항이 {_t(gen, st)}인 수열은 수렴하는가, 발산하는가? 수렴하면 극한값을 {_end(rng, '쓰')}",
        ])
    elif form == 1:
        text = (f"첫째항이 {a}이고 공비가 {_t(base, st)}인 등비수열 {_t(_anset(s), st)}의 수렴, 발산을 "
                f"판정하시오. (수렴하면 극한값도 구하시오.)")
        gen = f"{a}\\cdot{_powtex(base)}"
    else:
        text = (f"다음 수열이 수렴하면 그 극한값을, 발산하면 발산하는 모양을 {_end(rng, '쓰')}\n"
                f"{_t(gen, st)} (n = 1, 2, 3, …)")
    beh = _rbeh(kind, a)
    fv = val
    fa = a
    shift = 1 if form == 1 else 0  # a·r^(n-1) for "first term a"

    def fn(v):
        import mpmath
        r = mpmath.mpf(sp.N(fv, 40)) if not isinstance(fv, sp.Rational) else mpmath.mpf(fv.p) / fv.q
        return fa * r ** (v - shift)
    d = 1 if kind in ("lt1", "gt1") else 2
    return Problem(text=text, answer=_beh_text(beh), format="computation" if form != 1 else "word",
                   difficulty=d, achievement_level=secondary_level(d), concepts=["등비수열", "공비", "수렴", "발산"],
                   check=lambda: _same_beh_mp(beh, fn))


def _geo_conv(r: Fraction) -> bool:
    return -1 < r <= 1


@family(S103, "range-for-convergence")
def _g3_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    a = rng.randint(-3, 5)
    b = rng.randint(2, 6)
    s = _seqname(rng)
    if kind == 0:  # ((x - a)/b)^n : a - b < x <= a + b
        base = f"\\left(\\frac{{{_lin(1, -a, 'x')}}}{{{b}}}\\right)^{{n}}"
        xs = list(range(a - b + 1, a + b + 1))

        def conv(x: int) -> bool:
            return _geo_conv(Fraction(x - a, b))
    elif kind == 1:  # x (x - a)^n : x = 0 or a - 1 < x <= a + 1
        a = rng.randint(2, 5)
        base = f"x(x - {a})^{{n}}"
        xs = sorted({0, a, a + 1})

        def conv(x: int) -> bool:
            return x == 0 or _geo_conv(Fraction(x - a))
    else:  # ((2x - a)/b)^n
        base = f"\\left(\\frac{{2x - {abs(a)}}}{{{b}}}\\right)^{{n}}" if a >= 0 else \
            f"\\left(\\frac{{2x + {abs(a)}}}{{{b}}}\\right)^{{n}}"
        xs = [x for x in range(-20, 21) if _geo_conv(Fraction(2 * x - a, b))]

        def conv(x: int) -> bool:
            return _geo_conv(Fraction(2 * x - a, b))
    ans = len(xs)
    d = 3 if kind != 1 else 4
    form = rng.randrange(2)
    gen = f"{s}_{{n}} = {base}"
    if kind == 0 and rng.random() < 0.35:
        text = (f"수열 {_jt(_anset(s), st, '이/가')} {_t(gen, st)}로 정의될 때, 이 수열이 수렴하도록 하는 실수 x의 값의 "
                f"범위를 {_end(rng)}")
        return Problem(text=text, answer=f"{a - b} < x ≤ {a + b}", format="computation", difficulty=2,
                       achievement_level="D", concepts=["등비수열", "공비", "수렴"],
                       check=lambda: conv(a + b) and not conv(a - b) and conv(a - b + 1) and not conv(a + b + 1))
    if form == 0:
        text = rng.choice([
            f"수열 {_jt(gen, st, '이/가')} 수렴하도록 하는 정수 x의 개수를 {_end(rng)}",
            f"일반항이 {_jt(base, st, '인/인').replace('인/인', '인')} 수열이 수렴하도록 하는 모든 정수 x의 개수는?",
        ])
        ans_s, fmt, ch = str(ans), "computation", None
    else:
        wrong = [ans - 1, ans + 1, ans + 2, ans - 2, 2 * ans]
        ch = _numopts(rng, ans, [w for w in wrong if w > 0], "plain")
        text = with_choices(f"수열 {_t(_anset(s), st)}의 일반항이 "
                    f"{_t(gen, st)}일 때, 이 수열이 수렴하도록 하는 정수 x의 개수는?{exam_points(rng, d)}", ch)
        ans_s, fmt = ch.label, "mcq"
    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["등비수열", "공비", "수렴"], choice=ch,
                   check=lambda: sum(1 for x in range(-40, 41) if conv(x)) == ans)


@family(S103, "ratio-of-powers")
def _g3_powers(rng: random.Random) -> Problem:
    st = pick_style(rng)
    big, m1, m2 = rng.sample([2, 3, 4, 5, 6, 7], 3)
    if m1 > big:
        big, m1 = m1, big
    if m2 > big:
        big, m2 = m2, big
    u, w = _nz(rng, -3, 4), rng.randint(1, 3)
    v, z = _nz(rng, -3, 3), _nz(rng, -3, 3)
    sh = rng.choice([0, 1, 1, 2])
    kind = rng.randrange(3)

    def term(c: int, bse: int, e: str) -> str:
        cc = "" if c == 1 else ("-" if c == -1 else f"{c}\\cdot ")
        return f"{cc}{bse}^{{{e}}}"

    def join(t1: str, t2: str) -> str:
        return f"{t1} - {t2[1:]}" if t2.startswith("-") else f"{t1} + {t2}"
    e1 = "n" if sh == 0 else f"n + {sh}"
    if kind == 0:  # dominant base in both: lim = u·big^sh / w
        num = join(term(u, big, e1), term(v, m1, "n"))
        den = join(term(w, big, "n"), term(z, m2, "n"))
        ans = sp.Rational(u * big**sh, w)

        def fn(n):
            return (u * big ** (n + sh) + v * m1**n) / (w * big**n + z * m2**n)
    elif kind == 1:  # denominator dominates: 0
        num = join(term(u, m1, e1), term(v, m2, "n"))
        den = join(term(w, big, "n"), term(z, m2, "n"))
        ans = sp.Integer(0)

        def fn(n):
            return (u * m1 ** (n + sh) + v * m2**n) / (w * big**n + z * m2**n)
    else:  # 3^{2n} style: (big^2)^n hidden
        b0 = rng.choice([2, 3])
        num = join(term(u, b0, "2n + " + str(sh) if sh else "2n"), term(v, b0 * b0 - 1, "n"))
        den = join(term(w, b0 * b0, "n"), term(z, 2, "n"))
        ans = sp.Rational(u * b0**sh, w)

        def fn(n):
            return (u * b0 ** (2 * n + sh) + v * (b0 * b0 - 1) ** n) / (w * (b0 * b0) ** n + z * 2**n)
    ex = f"{LIMN} \\frac{{{num}}}{{{den}}}"
    d = 2 if kind != 2 else 3
    if rng.random() < 0.45:
        wrongs = [sp.Rational(u, w), u * big**sh, sp.Rational(v, z), ans + 1, -ans, 0 if ans else 1]
        ch = _numopts(rng, ans, wrongs, st)
        text = with_choices(f"{_t(ex, st)}의 값은?{exam_points(rng, d)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                       concepts=["등비수열", "극한(값)"], choice=ch, check=lambda: _nlim_mp(fn, ans))
    text = rng.choice([f"{_t(ex, st)}의 {_end(rng, '값')}", f"다음 극한값을 {_end(rng)}\n{_t(ex, st)}"])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["등비수열", "극한(값)"], check=lambda: _nlim_mp(fn, ans))


def _nlim_mp(fn: Callable, target) -> bool:
    """fn(n) → target for integer-power expressions (exact big integers, then Fraction)."""
    vals = [Fraction(fn_int) if not isinstance(fn_int := fn(k), Fraction) else fn_int for k in (300, 301)]
    t = Fraction(int(sp.Rational(target).p), int(sp.Rational(target).q))
    return all(abs(float(v - t)) < 1e-9 for v in vals)


@family(S103, "case-function-of-r")
def _g3_cases(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = rng.randint(1, 4), rng.randint(1, 6), rng.randint(1, 4)
    fn_ = rng.choice(["f", "g"])
    ftex = f"{fn_}(x) = {LIMN} \\frac{{{'' if a == 1 else a}x^{{n+1}} + {b}}}{{x^{{n}} + {c}}}"
    p = rng.randint(1, 3)
    x1 = sp.Rational(p, p + rng.randint(1, 3))
    x3 = rng.randint(2, 5)

    def f(x):
        if x < 1:
            return sp.Rational(b, c)
        if x == 1:
            return sp.Rational(a + b, 1 + c)
        return a * x
    pick = rng.randrange(2)
    if pick == 0:
        ask = f"{fn_}\\left({_qt(x1)}\\right) + {fn_}(1) + {fn_}({x3})"
        ans = f(x1) + f(sp.Integer(1)) + f(x3)
    else:
        ask = f"{fn_}(1) \\times {fn_}({x3})"
        ans = f(sp.Integer(1)) * f(x3)
    d = 4
    text = rng.choice([
        f"x > 0에서 정의된 함수 {_t(ftex, st)}에 대하여 {_t(ask, st)}의 {_end(rng, '값')}{exam_points(rng, d)}",
        f"양수 x에 대하여 함수 {_t(fn_ + '(x)', st)}를\n{_t(ftex, st)}\n라 할 때, {_t(ask, st)}의 {_end(rng, '값')}{exam_points(rng, d)}",
    ])

    def chk() -> bool:
        def lim_at(xv):
            xv = Fraction(int(sp.Rational(xv).p), int(sp.Rational(xv).q))
            k = 400
            return Fraction(a * xv ** (k + 1) + b) / (xv**k + c)
        vals = [x1, 1, x3] if pick == 0 else [1, x3]
        got = [lim_at(v) for v in vals]
        tot = sum(got) if pick == 0 else got[0] * got[1]
        return abs(float(tot - Fraction(int(ans.p), int(ans.q)))) < 1e-9
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="B",
                   concepts=["등비수열", "극한(값)", "수렴"], check=chk)


@family(S103, "recurrence-steady-state")
def _g3_recur(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(3)
    if kind == 0:
        keep = rng.choice([(1, 2), (1, 3), (2, 3), (3, 4), (1, 4)])
        add = rng.choice([10, 12, 20, 30, 40])
        start = rng.choice([0, 50, 100, 80])
        p = Fraction(*keep)
        text = (f"물이 {start} L 들어 있는 수조에서 매일 아침 수조에 있는 물의 {_t(_frac_tex(keep[1] - keep[0], keep[1]), st)}을 "
                f"빼낸 다음 {add} L의 물을 새로 넣는다. n일째 아침에 물을 넣은 직후 수조에 있는 물의 양을 "
                f"{_t('a_{n}', st)} L라 할 때, {_t(LIMN + ' a_{n}', st)}의 {_end(rng, '값')}")
        unit = ""
    elif kind == 1:
        left = rng.choice([10, 20, 25, 40, 50])
        dose = rng.choice([60, 80, 100, 120, 200])
        p = Fraction(left, 100)
        add, start = dose, 0
        text = (f"어떤 환자가 매일 같은 시각에 약 {dose} mg을 복용한다. 이 약은 복용 후 하루가 지나면 몸속에 있던 양의 "
                f"{left}%만 남는다고 한다. n번째 약을 복용한 직후 몸속에 있는 약의 양을 {_t('a_{n}', st)} mg이라 할 때, "
                f"n이 한없이 커지면 {_t('a_{n}', st)}은 몇 mg에 가까워지는지 {_end(rng)}")
        unit = ""
    else:
        catch = rng.choice([10, 20, 25, 40])
        add = rng.choice([300, 400, 500, 600])
        start = rng.choice([1000, 2000, 500])
        p = Fraction(100 - catch, 100)
        text = (f"어느 양식장에 물고기 {start:,}마리가 있다. 매년 말 양식장에 있는 물고기의 {catch}%를 출하하고, 새해 첫날 "
                f"치어 {add}마리를 새로 넣는다. n년째 새해 첫날 치어를 넣은 직후의 물고기 수를 {_t('a_{n}', st)}이라 할 때, "
                f"{_t(LIMN + ' a_{n}', st)}의 {_end(rng, '값')} (단, 물고기의 자연 증감은 생각하지 않는다.)")
        unit = ""
    L = Fraction(add) / (1 - p)
    ans = sp.Rational(L.numerator, L.denominator)
    d = 4

    def chk() -> bool:
        a_n = Fraction(start)
        for _ in range(400):
            a_n = p * a_n + add
        return abs(float(a_n - L)) < 1e-9
    return Problem(text=text, answer=_q(ans) + unit, format="word", difficulty=d, achievement_level="B",
                   concepts=["등비수열", "수렴", "극한(값)"], also=["12대수03-06"], check=chk)


_GEO_STMTS = (
    ("수열 \\{r^{n}\\}이 수렴하면 수열 \\{r^{2n}\\}도 수렴한다.", lambda r: (not _geo_conv(r)) or _geo_conv(r * r)),
    ("수열 \\{r^{2n}\\}이 수렴하면 수열 \\{r^{n}\\}도 수렴한다.", lambda r: (not _geo_conv(r * r)) or _geo_conv(r)),
    ("수열 \\{r^{n}\\}이 수렴하면 \\lim_{n \\to \\infty} r^{n} = 0이다.", lambda r: (not _geo_conv(r)) or -1 < r < 1),
    ("수열 \\{r^{n}\\}이 수렴하면 수열 \\{(\\frac{r}{2})^{n}\\}은 0에 수렴한다.",
     lambda r: (not _geo_conv(r)) or -1 < r / 2 < 1),
    ("수열 \\{r^{n}\\}이 수렴하면 수열 \\{(-r)^{n}\\}도 수렴한다.", lambda r: (not _geo_conv(r)) or _geo_conv(-r)),
    ("수열 \\{(\\frac{r}{2})^{n}\\}이 수렴하면 수열 \\{r^{n}\\}도 수렴한다.",
     lambda r: (not _geo_conv(r / 2)) or _geo_conv(r)),
    ("0이 아닌 r에 대하여 수열 \\{r^{n}\\}이 발산하면 수열 \\{(\\frac{1}{r})^{n}\\}은 수렴한다.",
     lambda r: r == 0 or _geo_conv(r) or _geo_conv(1 / r)),
    ("수열 \\{r^{n}\\}이 수렴하면 수열 \\{(\\frac{1 + r}{2})^{n}\\}도 수렴한다.",
     lambda r: (not _geo_conv(r)) or _geo_conv((1 + r) / 2)),
)
_R_GRID = [Fraction(k, 8) for k in range(-24, 25)] + [Fraction(-1), Fraction(1), Fraction(1, 3), Fraction(-1, 3)]


@family(S103, "bogi-ratio-statements")
def _g3_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    picks = rng.sample(range(len(_GEO_STMTS)), 3)
    truth = [all(_GEO_STMTS[i][1](r) for r in _R_GRID) for i in picks]
    if not any(truth):
        picks[0] = 0
        truth[0] = True
    stmts = [(_mixed(_GEO_STMTS[i][0], st), ok) for i, ok in zip(picks, truth, strict=True)]
    block, ch = bogi(rng, stmts)
    d = 4
    text = f"실수 r에 대하여 {bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    known = {0: True, 1: False, 2: False, 3: True, 4: False, 5: False, 6: False, 7: True}
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="B",
                   concepts=["등비수열", "공비", "수렴", "발산"], choice=ch,
                   check=lambda: [known[i] for i in picks] == truth)


@family(S103, "given-terms-scaled-limit")
def _g3_terms(rng: random.Random) -> Problem:
    st = pick_style(rng)
    q = rng.choice([2, 3])
    a1 = rng.choice([2, 3, 4, 6]) * q**2
    i, j = rng.sample([2, 3, 4, 5], 2)
    i, j = min(i, j), max(i, j)
    ai, aj = Fraction(a1, q ** (i - 1)), Fraction(a1, q ** (j - 1))  # ratio 1/q
    mult = rng.choice([q, q, 1, q + 1, q - 1 if q > 2 else q])
    # lim mult^n a_n : mult = q -> a1·q (constant) ; mult < q -> 0 ; mult > q -> ∞ (avoid)
    if mult > q:
        mult = q
    ans = sp.Integer(a1 * q) if mult == q else sp.Integer(0)
    s = _seqname(rng)
    ai_t, aj_t = _qt(sp.Rational(ai.numerator, ai.denominator)), _qt(sp.Rational(aj.numerator, aj.denominator))
    cond = f"{s}_{{{i}}} = {ai_t}, \\quad {s}_{{{j}}} = {aj_t}"
    ask = f"{LIMN} {'' if mult == 1 else str(mult) + '^{n} '}{s}_{{n}}"
    text = rng.choice([
        f"공비가 양수인 등비수열 {_jt(_anset(s), st, '이/가')} {_t(cond, st)}을 만족시킬 때, {_t(ask, st)}의 {_end(rng, '값')}",
        f"모든 항이 양수인 등비수열 {_t(_anset(s), st)}에 대하여 {_t(cond, st)}일 때, {_t(ask, st)}의 {_end(rng, '값')}",
    ])
    d = 3

    def chk() -> bool:
        r = (aj / ai) ** 1  # r^(j-i)
        rr = Fraction(1, q)
        if rr ** (j - i) != r:
            return False
        first = ai / rr ** (i - 1)
        v = [mult**k * first * rr ** (k - 1) for k in (200, 201)]
        return all(abs(float(x - Fraction(int(ans)))) < 1e-9 for x in v)
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["등비수열", "공비", "극한(값)"], check=chk)


@family(S103, "ratio-table-fill")
def _g3_table(rng: random.Random) -> Problem:
    st = rng.choice(["unicode", "plain", "latex"])
    pool = _r_pool(rng)
    picks = rng.sample(pool, 5)
    head = " | ".join(_t(t, st) for t, _, _ in picks)
    ans = ", ".join(_beh_text(_rbeh(k)).replace("에 수렴", "") if k in ("lt1", "one") else _beh_text(_rbeh(k))
                    for _, _, k in picks)
    text = (
        f"다음 표의 각 r의 값에 대하여 수열 {_t(_RN, st)}의 극한을 조사하여 빈칸을 채우시오. "
        f"(수렴하면 극한값을, 발산하면 '양의 무한대로 발산' 또는 '진동'과 같이 쓰시오.)\n"
        f"r | {head}\n{_t(LIMN + ' r^{n}', st)} | □ | □ | □ | □ | □")
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["등비수열", "공비", "수렴", "발산"],
                   check=lambda: all(_same_beh_mp(_rbeh(k), _rpow(v)) for _, v, k in picks))


_RN = "\\{r^{n}\\}"


def _rpow(val) -> Callable:
    def fn(n):
        import mpmath
        r = mpmath.mpf(sp.N(val, 40)) if not isinstance(val, sp.Rational) else mpmath.mpf(val.p) / val.q
        return r**n
    return fn


@family(S103, "geometric-context")
def _g3_context(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(3)
    if kind == 0:
        pct = rng.choice([80, 90, 70, 60])
        i0 = rng.choice([100, 200, 500])
        text = (f"빛이 어떤 필터 한 장을 통과할 때마다 빛의 세기가 통과하기 전의 {pct}%가 된다고 한다. 세기가 {i0}인 빛이 "
                f"이 필터 n장을 차례로 통과한 후의 세기를 {_t('I_{n}', st)}이라 할 때, 수열 {_t(_anset('I'), st)}의 "
                f"수렴, 발산을 판정하고 수렴하면 극한값을 {_end(rng)}")
        val, a, beh = sp.Rational(pct, 100), i0, ("conv", 0)
        fmt = "word"
    elif kind == 1:
        th = rng.choice([1, 2])
        text = (f"두께가 0.{th} mm인 종이를 반으로 접는 일을 계속 반복할 수 있다고 할 때, n번 접은 종이의 두께를 "
                f"{_t('d_{n}', st)} mm라 하자. n이 한없이 커질 때 수열 {_t(_anset('d'), st)}는 어떻게 되는지 "
                f"수렴, 발산을 판정하시오.")
        val, a, beh = sp.Integer(2), sp.Rational(th, 10), ("+inf",)
        fmt = "word"
    else:
        rate = rng.choice([3, 5, 10])
        text = (f"어떤 금속의 방사성 원소는 해마다 그 양의 {rate}%가 붕괴하여 줄어든다. 처음 양을 1이라 할 때 n년 후 남은 양을 "
                f"{_t('m_{n}', st)}이라 하면, 수열 {_t(_anset('m'), st)}의 극한값을 {_end(rng)}")
        val, a, beh = sp.Rational(100 - rate, 100), 1, ("conv", 0)
        fmt = "word"
    d = 2

    def fn(n):
        return a * _rpow(val)(n)
    return Problem(text=text, answer=_beh_text(beh), format=fmt, difficulty=d, achievement_level="D",
                   concepts=["등비수열", "공비", "수렴", "발산"], check=lambda: _same_beh_mp(beh, fn))


@family(S103, "which-converges-mcq")
def _g3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    pool = _r_pool(rng)
    target = rng.choice(["conv", "div"])
    good = [p for p in pool if (_rbeh(p[2])[0] == "conv") == (target == "conv")]
    bad = [p for p in pool if (_rbeh(p[2])[0] == "conv") != (target == "conv")]
    right = rng.choice(good)
    wrong = rng.sample(bad, 4)
    ch = choices(rng, _t(_powtex(right[0]), st), [_t(_powtex(w[0]), st) for w in wrong])
    d = 2
    what = "수렴하는 것" if target == "conv" else "발산하는 것"
    stem = rng.choice([f"일반항이 다음과 같은 수열 중 {what}은?{exam_points(rng, d)}",
                       f"다음 등비수열 중 {what}은?{exam_points(rng, d)}"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="D",
                   concepts=["등비수열", "공비", "수렴", "발산"], choice=ch,
                   check=lambda: (_behaviour_mp(_rpow(right[1]))[0] == "conv") == (target == "conv")
                   and all((_behaviour_mp(_rpow(w[1]))[0] == "conv") != (target == "conv") for w in wrong))


# ================================================================================================
# 12미적Ⅱ-01-04 급수의 수렴과 발산
# ================================================================================================
def _psum(term: Callable[[int], float], big: int = 20000) -> float:
    return sum(term(k) for k in range(1, big + 1))


@family(S104, "telescoping-sum")
def _s4_tele(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:  # c / (n(n+k))
        k = rng.choice([1, 1, 2, 3])
        c = rng.choice([1, 2, 3, 4, 6]) * k
        den = f"n(n + {k})"
        ans = sp.Rational(c, k) * sum(sp.Rational(1, j) for j in range(1, k + 1))

        def term(m):
            return c / (m * (m + k))
    elif kind == 1:  # c / ((2n-1)(2n+1))
        c = rng.choice([1, 2, 3, 4, 6])
        den = "(2n - 1)(2n + 1)"
        ans = sp.Rational(c, 2)

        def term(m):
            return c / ((2 * m - 1) * (2 * m + 1))
    else:  # c / ((n+a)(n+a+1))
        a = rng.randint(1, 4)
        c = rng.choice([1, 2, 3, 5])
        den = f"(n + {a})(n + {a + 1})"
        ans = sp.Rational(c, a + 1)

        def term(m):
            return c / ((m + a) * (m + a + 1))
    ser = f"{SUMN} \\frac{{{c}}}{{{den}}}"
    d = 3 if kind != 0 or c > 1 else 2
    if rng.random() < 0.4:
        wrongs = [ans * 2, ans / 2, sp.Integer(c), ans + 1, ans - sp.Rational(1, 2)]
        ch = _numopts(rng, ans, [w for w in wrongs if w > 0], st)
        text = with_choices(f"급수 {_t(ser, st)}의 합은?{exam_points(rng, d)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                       concepts=["급수", "부분합", "급수의 합"], choice=ch,
                       check=lambda: abs(_psum(term) - float(ans)) < 1e-3)
    text = rng.choice([
        f"급수 {_t(ser, st)}의 합을 {_end(rng)}",
        f"부분합을 이용하여 급수 {_t(ser, st)}의 수렴, 발산을 조사하고, 수렴하면 그 합을 {_end(rng)}",
        f"다음 급수의 합을 {_end(rng)}\n{_t(ser, st)}",
    ])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["급수", "부분합", "급수의 합"], check=lambda: abs(_psum(term) - float(ans)) < 1e-3)


@family(S104, "partial-sum-given")
def _s4_partial(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(1, 6), rng.randint(-3, 4)
    c, dd = rng.randint(1, 3), rng.randint(1, 4)
    if a * dd == b * c:
        b += 1
    sn = f"S_{{n}} = \\frac{{{_lin(a, b)}}}{{{_lin(c, dd)}}}"
    ans = sp.Rational(a, c)
    s = _seqname(rng)
    k = rng.randint(2, 6)
    ak = sp.Rational(a * k + b, c * k + dd) - sp.Rational(a * (k - 1) + b, c * (k - 1) + dd)
    form = rng.randrange(3)
    intro = rng.choice([
        f"수열 {_t(_anset(s), st)}의 첫째항부터 제n항까지의 합 {_jt('S_{n}', st, '이/가')} {_t(sn, st)}일 때,",
        f"급수 {_t(SUMN + ' ' + s + '_{n}', st)}의 제n항까지의 부분합이 {_t(sn, st)}이다.",
    ])
    if form == 0:
        text = f"{intro} 급수 {_t(SUMN + ' ' + s + '_{n}', st)}의 합을 {_end(rng)}"
        ans_s = _q(ans)
    elif form == 1:
        text = f"{intro} {_t(s + '_{' + str(k) + '}', st)}의 값과 급수 {_t(SUMN + ' ' + s + '_{n}', st)}의 합을 각각 {_end(rng)}"
        ans_s = f"{_q(ak)}, {_q(ans)}"
    else:
        text = (f"{intro} {_t(LIMN + ' ' + s + '_{n}', st)}의 값과 {_t(SUMN + ' ' + s + '_{n}', st)}의 값을 차례로 "
                f"{_end(rng)}")
        ans_s = f"0, {_q(ans)}"
    d = 2 if form == 0 else 3

    def chk() -> bool:
        def S(m):
            return Fraction(a * m + b, c * m + dd)
        ok = abs(float(S(10**9)) - float(ans)) < 1e-6
        return ok and (form != 1 or S(k) - S(k - 1) == Fraction(int(ak.p), int(ak.q)))
    return Problem(text=text, answer=ans_s, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["급수", "부분합", "급수의 합", "∑_(n=1)^∞ aₙ"], check=chk)


def _ser_pool(rng: random.Random) -> list[tuple]:
    """(general term LaTeX-lite, converges?, term function, partial-sum function or None)."""
    p, q = rng.randint(1, 4), rng.randint(1, 5)
    k = rng.randint(1, 3)
    sq, lg = _m_sqrt, _m_log10
    return [
        (f"\\frac{{{'' if p == 1 else p}n}}{{{_lin(q, 1)}}}", False, lambda m: p * m / (q * m + 1), None),
        (f"\\frac{{n^{{2}}}}{{{_poly([1, 0, k])}}}", False, lambda m: m * m / (m * m + k), None),
        ("(-1)^{n}", False, lambda m: (-1) ** m, None),
        (f"\\frac{{{p}}}{{n(n + 1)}}", True, lambda m: p / (m * (m + 1)), lambda m: p * (1 - 1 / (m + 1))),
        ("\\frac{1}{\\sqrt{n+1} + \\sqrt{n}}", False, lambda m: 1 / (sq(m + 1) + sq(m)), lambda m: sq(m + 1) - 1),
        ("\\left(\\frac{1}{n} - \\frac{1}{n + 1}\\right)", True, lambda m: 1 / m - 1 / (m + 1), lambda m: 1 - 1 / (m + 1)),
        ("\\frac{1}{(2n-1)(2n+1)}", True, lambda m: 1 / ((2 * m - 1) * (2 * m + 1)), lambda m: (1 - 1 / (2 * m + 1)) / 2),
        (f"\\frac{{{q}}}{{n(n + 2)}}", True, lambda m: q / (m * (m + 2)),
         lambda m: q / 2 * (1.5 - 1 / (m + 1) - 1 / (m + 2))),
        (f"\\left(\\frac{{1}}{{\\sqrt{{n}}}} - \\frac{{1}}{{\\sqrt{{n + {k}}}}}\\right)", True,
         lambda m: 1 / sq(m) - 1 / sq(m + k),
         lambda m: sum(1 / sq(j) for j in range(1, k + 1)) - sum(1 / sq(m + j) for j in range(1, k + 1))),
        ("\\left(\\sqrt{n + 1} - \\sqrt{n}\\right)", False, lambda m: sq(m + 1) - sq(m), lambda m: sq(m + 1) - 1),
        (f"\\frac{{{_lin(q, -1)}}}{{{_lin(p, 3)}}}", False, lambda m: (q * m - 1) / (p * m + 3), None),
        ("\\log \\frac{n + 1}{n}", False, lambda m: lg((m + 1) / m), lambda m: lg(m + 1)),
    ]


def _m_sqrt(v: float) -> float:
    return v**0.5


def _m_log10(v: float) -> float:
    import math

    return math.log10(v)


def _conv_num(item: tuple) -> bool:
    """Converges? — by the nth-term test where no partial-sum formula is known, otherwise from the
    partial-sum formula (itself checked against a direct sum of 60 terms)."""
    term, S = item[2], item[3]
    if S is None:
        if abs(term(10**9)) > 1e-3:
            return False
        raise ValueError("cannot decide")
    if abs(S(60) - sum(term(m) for m in range(1, 61))) > 1e-9:
        raise ValueError("partial-sum formula wrong")
    return abs(S(10**14) - S(10**12)) < 1e-4


@family(S104, "which-series-mcq")
def _s4_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    pool = _ser_pool(rng)
    target = rng.choice([True, False])
    good = [x for x in pool if x[1] == target]
    bad = [x for x in pool if x[1] != target]
    right = rng.choice(good)
    wrong = rng.sample(bad, 4)
    ch = choices(rng, _t(SUMN + " " + right[0], st), [_t(SUMN + " " + w[0], st) for w in wrong])
    what = "수렴하는 것" if target else "발산하는 것"
    d = 3
    stem = rng.choice([f"다음 급수 중 {what}은?{exam_points(rng, d)}", f"다음 중 {what}은?{exam_points(rng, d)}"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["급수", "수렴", "발산"], choice=ch,
                   check=lambda: _conv_num(right) == target and all(_conv_num(w) != target for w in wrong))


@family(S104, "convergent-series-term-limit")
def _s4_termlim(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(1, 5), rng.randint(1, 4)
    r = rng.randint(-3, 3)
    L = sp.Rational(p, q)
    kind = rng.randrange(2)
    if kind == 0:
        cond = f"{SUMN} \\left(a_{{n}} - \\frac{{{p}n}}{{{_lin(q, r) if r else str(q) + 'n'}}}\\right)"
    else:
        cond = f"{SUMN} \\left(a_{{n}} - \\frac{{{p}n^{{2}}}}{{{_poly([q, 0, abs(r) + 1])}}}\\right)"
    u, v = rng.randint(1, 4), _nz(rng, -4, 4)
    w, z = rng.randint(1, 3), rng.randint(-3, 3)
    if w * L + z == 0:
        z += 1
    ask = f"{LIMN} \\frac{{{_lin(u, v, 'a_{n}')}}}{{{_lin(w, z, 'a_{n}')}}}"
    ans = (u * L + v) / (w * L + z)
    d = 3
    text = rng.choice([
        f"수열 {_t(_anset('a'), st)}에 대하여 급수 {_jt(cond, st, '이/가')} 수렴할 때, {_t(ask, st)}의 {_end(rng, '값')}{exam_points(rng, d)}",
        f"급수 {_jt(cond, st, '이/가')} 수렴하도록 하는 수열 {_t(_anset('a'), st)}에 대하여 {_t(ask, st)}의 "
        f"{_end(rng, '값')}{exam_points(rng, d)}",
    ])

    def chk() -> bool:  # a concrete sequence: a_n = (given rational) + 1/(n(n+1)) makes the series converge
        def an(m):
            base = p * m / (q * m + r) if kind == 0 else p * m * m / (q * m * m + abs(r) + 1)
            return base + 1 / (m * (m + 1))
        big = 10**9
        val = (u * an(big) + v) / (w * an(big) + z)
        return abs(val - float(ans)) < 1e-6
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["급수", "수렴", "극한(값)"], check=chk)


@family(S104, "partial-sum-table")
def _s4_table(rng: random.Random) -> Problem:
    st = rng.choice(["unicode", "plain", "latex"])
    kind = rng.randrange(3)
    if kind == 0:
        c = rng.choice([1, 2, 3])
        terms = [Fraction(c, k * (k + 1)) for k in range(1, 6)]
        gen = f"\\frac{{{c}}}{{n(n + 1)}}"
        ans = f"Sₙ = {c}n/(n + 1), 수렴, 합 {c}" if c > 1 else "Sₙ = n/(n + 1), 수렴, 합 1"
        conv_val = sp.Integer(c)
    elif kind == 1:
        terms = [Fraction((-1) ** (k + 1)) for k in range(1, 6)]
        gen = "(-1)^{n+1}"
        ans = "S_n은 1, 0이 번갈아 나타나므로 발산(진동)"
        conv_val = None
    else:
        c = rng.choice([1, 2])
        terms = [Fraction(c, (2 * k - 1) * (2 * k + 1)) for k in range(1, 6)]
        gen = f"\\frac{{{c}}}{{(2n - 1)(2n + 1)}}"
        ans = f"Sₙ = {c}n/(2n + 1), 수렴, 합 {_q(sp.Rational(c, 2))}" if c > 1 else "Sₙ = n/(2n + 1), 수렴, 합 1/2"
        conv_val = sp.Rational(c, 2)
    sums, acc = [], Fraction(0)
    for tv in terms:
        acc += tv
        sums.append(acc)

    def fr(v: Fraction) -> str:
        return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"
    table = ("n | 1 | 2 | 3 | 4 | 5\n" + f"{_t('a_{n}', st)} | " + " | ".join(fr(v) for v in terms) + "\n"
             + f"{_t('S_{n}', st)} | " + " | ".join(fr(v) for v in sums))
    text = (f"급수 {_t(SUMN + ' ' + gen, st)}의 제n항을 {_t('a_{n}', st)}, 부분합을 {_t('S_{n}', st)}이라 할 때, "
            f"n = 1, 2, 3, 4, 5에 대하여 다음 표를 얻었다.\n{table}\n"
            + rng.choice(["표를 보고 Sₙ을 n에 대한 식으로 추측하고, 급수의 수렴, 발산을 판정하시오. 수렴하면 그 합을 구하시오.",
                          "부분합 Sₙ의 규칙을 찾아 이 급수가 수렴하는지 판정하고, 수렴하면 그 합을 구하시오."]))
    if st != "unicode":
        text = text.replace("Sₙ", _t("S_{n}", st) if st == "plain" else "$S_{n}$")
    d = 2

    def chk() -> bool:
        if conv_val is None:
            return sums[0] == 1 and sums[1] == 0 and sums[2] == 1
        big = 10**6
        if kind == 0:
            return sums[4] == Fraction(5 * c, 6) and abs(float(c * big / (big + 1)) - float(conv_val)) < 1e-5
        return abs(float(c * big / (2 * big + 1)) - float(conv_val)) < 1e-5 and sums[4] == Fraction(5 * c, 11)
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level="C",
                   concepts=["급수", "부분합", "급수의 합", "수렴", "발산"], check=chk)


_SER_STMTS = (
    ("두 급수 {SA}, {SB}이 모두 수렴하면 급수 {SUM} (a_{n} + b_{n})도 수렴한다.", True),
    ("급수 {SA}이 수렴하면 {LIM} a_{n} = 0이다.", True),
    ("{LIM} a_{n} = 0이면 급수 {SA}은 수렴한다.", False),
    ("급수 {SUM} (a_{n} + b_{n})이 수렴하면 두 급수 {SA}, {SB}도 모두 수렴한다.", False),
    ("급수 {SA}이 수렴하면 급수 {SUM} (a_{n} + 1)도 수렴한다.", False),
    ("두 급수 {SA}, {SUM} (a_{n} - b_{n})이 모두 수렴하면 급수 {SB}도 수렴한다.", True),
    ("급수 {SA}이 수렴하면 급수 {SUM} 3a_{n}도 수렴한다.", True),
    ("급수 {SA}이 발산하면 {LIM} a_{n} \\ne 0이다.", False),
    ("{LIM} a_{n} = 2이면 급수 {SA}은 발산한다.", True),
    ("급수 {SA}이 수렴하면 {LIM} (a_{n} + a_{n+1}) = 0이다.", True),
)


@family(S104, "bogi-series-statements")
def _s4_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    picks = rng.sample(_SER_STMTS, 3)
    if not any(ok for _, ok in picks):
        picks[0] = _SER_STMTS[0]
    stmts = []
    for raw, ok in picks:
        body = (raw.replace("{SA}", SUMN + " a_{n}").replace("{SB}", SUMN + " b_{n}").replace("{SUM}", SUMN)
                .replace("{LIM}", LIMN))
        stmts.append((_mixed(body, st), ok))
    block, ch = bogi(rng, stmts)
    d = 4
    text = f"두 수열 {_t(_anset('a'), st)}, {_t(_anset('b'), st)}에 대하여 {bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    truths = tuple(ok for _, ok in picks)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="B",
                   concepts=["급수", "수렴", "발산"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(
                       lab for lab, ok in zip("ㄱㄴㄷ", truths, strict=True) if ok))


@family(S104, "telescoping-steps-fill")
def _s4_steps(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "latex", "unicode", "plain"])
    if rng.random() < 0.5:
        c = rng.choice([2, 4, 6])
        half = c // 2
        hc = "" if half == 1 else str(half)
        ser = SUMN + _cfrac(c, "n(n + 2)")
        chain = (f"S_{{n}} = \\sum_{{k=1}}^{{n}} \\frac{{{c}}}{{k(k + 2)}} = {hc}\\sum_{{k=1}}^{{n}} "
                 f"\\left(\\frac{{1}}{{k}} - \\frac{{1}}{{(가)}}\\right) = {hc}\\left(1 + \\frac{{1}}{{2}} - "
                 f"\\frac{{1}}{{n + 1}} - \\frac{{1}}{{(나)}}\\right)")
        ans_v = sp.Rational(3 * half, 2)
        ans = f"(가) k + 2, (나) n + 2, (다) {_q(ans_v)}"

        def term(m):
            return c / (m * (m + 2))
    else:
        c = rng.choice([1, 2, 3, 4])
        ser = SUMN + _cfrac(c, "(2n - 1)(2n + 1)")
        coef = _qt(sp.Rational(c, 2))
        chain = (f"S_{{n}} = \\sum_{{k=1}}^{{n}} \\frac{{{c}}}{{(2k - 1)(2k + 1)}} = {coef}\\sum_{{k=1}}^{{n}} "
                 f"\\left(\\frac{{1}}{{(가)}} - \\frac{{1}}{{2k + 1}}\\right) = {coef}\\left(1 - \\frac{{1}}{{(나)}}\\right)")
        ans_v = sp.Rational(c, 2)
        ans = f"(가) 2k − 1, (나) 2n + 1, (다) {_q(ans_v)}"

        def term(m):
            return c / ((2 * m - 1) * (2 * m + 1))
    text = (rng.choice(["다음은 급수의 합을 구하는 과정이다.", "다음은 부분합을 이용하여 급수의 합을 구하는 과정이다."])
            + f"\n급수 {_t(ser, st)}의 제n항까지의 부분합을 {_t('S_{n}', st)}이라 하면\n{_t(chain, st)}\n"
            f"이므로 구하는 급수의 합은 {_t(LIMN + ' S_{n}', st)} = (다)이다.\n(가), (나), (다)에 알맞은 것을 "
            + rng.choice(["쓰시오.", "차례로 쓰시오.", "구하시오."]))
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["급수", "부분합", "급수의 합"],
                   check=lambda: abs(_psum(term) - float(ans_v)) < 1e-3)


def _cfrac(c, den: str) -> str:
    return f" \\frac{{{c}}}{{{den}}}"


@family(S104, "triangle-areas-series")
def _s4_areas(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.35, 0.4, 0.25))
    c = rng.randint(1, 6)
    kind = rng.randrange(2)
    if kind == 0:  # lines y = x/n, y = x/(n+1), x = c : area c^2/(2n(n+1)); sum c^2/2
        text = (f"자연수 n에 대하여 두 직선 {_t(_YXN, st)}, "
                f"{_jt(_YXN1, st, '과/와')} 직선 x = {c}로 둘러싸인 삼각형의 넓이를 {_t('S_{n}', st)}이라 할 때, "
                f"{_t(SUMN + ' S_{n}', st)}의 {_end(rng, '값')}")
        ans = sp.Rational(c * c, 2)

        def term(m):
            return c * c / (2 * m * (m + 1))
    else:  # points P_n(n, 0) and curve y = c/x : triangle O P_n Q_n where Q_n = (n+1, c/(n+1))? use segment lengths
        text = (f"자연수 n에 대하여 곡선 {_t(_yc_x(c), st)} 위의 두 점 "
                f"{_t(_pt_n(c, 'n'), st)}, {_t(_pt_n(c, 'n + 1'), st)}의 y좌표의 차를 {_t('d_{n}', st)}이라 할 때, "
                f"급수 {_t(SUMN + ' d_{n}', st)}의 합을 {_end(rng)}")
        ans = sp.Integer(c)

        def term(m):
            return c / m - c / (m + 1)
    d = 3
    return Problem(text=text, answer=_q(ans), format="word", difficulty=d, achievement_level="B",
                   concepts=["급수", "부분합", "급수의 합"], check=lambda: abs(_psum(term) - float(ans)) < 1e-3)


_YXN = "y = \\frac{x}{n}"
_YXN1 = "y = \\frac{x}{n + 1}"


def _yc_x(c: int) -> str:
    return f"y = \\frac{{{c}}}{{x}}"


def _pt_n(c: int, arg: str) -> str:
    return f"\\left({arg}, \\frac{{{c}}}{{{arg}}}\\right)"


@family(S104, "judge-series-explain")
def _s4_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = _ser_pool(rng)
    item = rng.choice(pool)
    tex, conv, _, S = item
    ser = f"{SUMN} {tex}"
    if S is None:
        why = "제n항이 0에 수렴하지 않으므로 발산한다"
        hint = rng.choice(["", " (힌트: 제n항의 극한을 조사해 보자.)"])
    elif conv:
        why = "부분합 Sₙ이 수렴하므로 수렴한다"
        hint = ""
    else:
        why = "부분합 Sₙ이 양의 무한대로 발산하므로 발산한다"
        hint = ""
    text = rng.choice([
        f"급수 {_jt(ser, st, '이/가')} 수렴하는지 발산하는지 판정하고, 그 이유를 설명하시오.{hint}",
        f"다음 급수의 수렴, 발산을 판정하고 그 근거를 쓰시오.{hint}\n{_t(ser, st)}",
        f"{josa(name(rng), '은/는')} \"급수 {_jt(ser, st, '은/는')} 수렴한다\"고 주장하였다. 이 주장이 옳은지 판단하고 "
        f"이유를 설명하시오.",
    ])
    ans = ("수렴, " if conv else "발산, ") + why
    d = 3 if S is not None else 2
    return Problem(text=text, answer=ans, format="proof", difficulty=d, achievement_level="B" if S is not None else "C",
                   concepts=["급수", "부분합", "수렴", "발산"], check=lambda: _conv_num(item) == conv)


# ================================================================================================
# 12미적Ⅱ-01-05 등비급수
# ================================================================================================
def _gsum(a, r, start: int = 1):
    """∑_{n=start}^∞ a·r^(n-1) for |r| < 1 (first written term a·r^(start-1))."""
    return sp.Rational(a) * sp.Rational(r) ** (start - 1) / (1 - sp.Rational(r))


def _gsum_num(a, r, start: int = 1, terms: int = 400) -> float:
    return sum(float(a) * float(r) ** (k - 1) for k in range(start, start + terms))


_RATIOS = [R(1, 2), R(1, 3), R(2, 3), R(1, 4), R(3, 4), R(2, 5), R(3, 5), R(-1, 2), R(-1, 3), R(-2, 3), R(1, 5),
           R(-1, 4), R(4, 5)]


@family(S105, "geometric-series-sum")
def _gs_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice(_RATIOS)
    a = rng.choice([1, 2, 3, 4, 5, 6, 8, 9, 12])
    form = rng.randrange(4)
    if form == 0:  # a r^(n-1)
        ser = f"{SUMN} {'' if a == 1 else str(a)}\\left({_qt(r)}\\right)^{{n-1}}"
        ans = _gsum(a, r)
        num = _gsum_num(a, r)
    elif form == 1:  # a r^n  (starts at a r)
        ser = f"{SUMN} {'' if a == 1 else str(a)}\\left({_qt(r)}\\right)^{{n}}"
        ans = _gsum(a * r, r)
        num = _gsum_num(a * r, r)
    elif form == 2:  # p^n / q^n style with positive r
        r = rng.choice([R(1, 2), R(1, 3), R(2, 3), R(2, 5), R(3, 4), R(3, 5)])
        ser = SUMN + " " + _pow_ratio(a, r)
        ans = _gsum(a * r, r)
        num = _gsum_num(a * r, r)
    else:  # written out: a + ar + ar^2 + ...
        terms = [sp.Rational(a) * r**k for k in range(3)]
        ser = " + ".join(_qt(t) for t in terms).replace("+ -", "- ") + " + \\cdots"
        ans = _gsum(a, r)
        num = _gsum_num(a, r)
    d = 2
    if rng.random() < 0.4:
        wrongs = [sp.Rational(a) / (1 + r), sp.Rational(a) * r / (1 - r) if form == 0 else sp.Rational(a) / (1 - r),
                  ans + 1, ans * 2, sp.Rational(a) / r if r > 0 else -ans]
        ch = _numopts(rng, ans, wrongs, st)
        stem = rng.choice([f"{_t(ser, st)}의 값은?{exam_points(rng, d)}", f"등비급수 {_t(ser, st)}의 합은?{exam_points(rng, d)}"])
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="D",
                       concepts=["등비급수", "급수의 합", "공비"], choice=ch, check=lambda: abs(num - float(ans)) < 1e-9)
    text = rng.choice([
        f"등비급수 {_t(ser, st)}의 합을 {_end(rng)}",
        f"다음 급수의 수렴, 발산을 조사하고, 수렴하면 그 합을 {_end(rng)}\n{_t(ser, st)}",
        f"{_t(ser, st)}의 {_end(rng, '값')}",
    ])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="D",
                   concepts=["등비급수", "급수의 합", "공비"], check=lambda: abs(num - float(ans)) < 1e-9)


def _pow_ratio(a: int, r) -> str:
    if r.p == 1:
        return f"\\frac{{{a}}}{{{r.q}^{{n}}}}"
    lead = "" if a == 1 else f"{a} \\cdot "
    return f"\\frac{{{lead}{r.p}^{{n}}}}{{{r.q}^{{n}}}}"


def _geo_ser_conv(r: Fraction) -> bool:
    return -1 < r < 1


@family(S105, "series-convergence-range")
def _gs_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    a = rng.randint(-3, 5)
    b = rng.randint(2, 6)
    if kind == 0:
        ser = f"{SUMN} \\left(\\frac{{{_lin(1, -a, 'x')}}}{{{b}}}\\right)^{{n}}"

        def conv(x: int) -> bool:
            return _geo_ser_conv(Fraction(x - a, b))
    elif kind == 1:  # ∑ x (x - a)^(n-1): x = 0 also gives 0
        a = rng.randint(2, 5)
        ser = f"{SUMN} x(x - {a})^{{n-1}}"

        def conv(x: int) -> bool:
            return x == 0 or _geo_ser_conv(Fraction(x - a))
    else:  # ∑ ((2x - a)/b)^n
        ser = (f"{SUMN} \\left(\\frac{{2x - {a}}}{{{b}}}\\right)^{{n}}" if a >= 0 else
               f"{SUMN} \\left(\\frac{{2x + {-a}}}{{{b}}}\\right)^{{n}}")

        def conv(x: int) -> bool:
            return _geo_ser_conv(Fraction(2 * x - a, b))
    xs = [x for x in range(-40, 41) if conv(x)]
    d = 3 if kind != 1 else 4
    if kind == 0 and rng.random() < 0.35:
        text = f"급수 {_jt(ser, st, '이/가')} 수렴하도록 하는 실수 x의 값의 범위를 {_end(rng)}"
        return Problem(text=text, answer=f"{a - b} < x < {a + b}", format="computation", difficulty=2,
                       achievement_level="D", concepts=["등비급수", "공비", "수렴"],
                       check=lambda: not conv(a + b) and not conv(a - b) and conv(a - b + 1) and conv(a + b - 1))
    ask = rng.choice(["정수 x의 개수", "모든 정수 x의 값의 합"])
    ans = len(xs) if "개수" in ask else sum(xs)
    if rng.random() < 0.45:
        ch = _numopts(rng, ans, [ans + 1, ans - 1, ans + 2, ans - 2, ans + 3], "plain")
        text = with_choices(f"급수 {_jt(ser, st, '이/가')} 수렴하도록 하는 {ask}{'는' if ask.endswith('수') else '은'}?{exam_points(rng, d)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                       concepts=["등비급수", "공비", "수렴"], choice=ch,
                       check=lambda: (len(xs) if "개수" in ask else sum(xs)) == ans and not conv(-40) and not conv(40))
    text = rng.choice([
        f"급수 {_jt(ser, st, '이/가')} 수렴하도록 하는 {ask}를 {_end(rng)}".replace("합를", "합을"),
        f"등비급수 {_t(ser, st)}의 합이 존재하도록 하는 {ask}를 {_end(rng)}".replace("합를", "합을"),
    ])
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["등비급수", "공비", "수렴"], check=lambda: not conv(-40) and not conv(40))


@family(S105, "repeating-decimal")
def _gs_decimal(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode", "plain"])
    kind = rng.randrange(2)
    if kind == 0:
        d1, d2 = rng.sample(range(1, 10), 2)
        digits = f"{d1}{d2}"
        val = Fraction(10 * d1 + d2, 99)
        dot = f"0.\\dot{{{d1}}}\\dot{{{d2}}}" if st == "latex" else f"0.{d1}{d2}{d1}{d2}{d1}{d2}…"
        first = Fraction(10 * d1 + d2, 100)
        rr = Fraction(1, 100)
        steps = (f"{_t(dot, st) if st == 'latex' else dot} = 0.{digits} + 0.00{digits} + 0.0000{digits} + …")
    else:
        d1 = rng.randint(1, 9)
        w = rng.randint(0, 3)
        val = Fraction(w) + Fraction(d1, 9)
        dot = f"{w}.\\dot{{{d1}}}" if st == "latex" else f"{w}.{str(d1) * 5}…"
        first = Fraction(d1, 10)
        rr = Fraction(1, 10)
        steps = f"{_t(dot, st) if st == 'latex' else dot} = {w} + 0.{d1} + 0.0{d1} + 0.00{d1} + …"
    form = rng.randrange(2)
    shown = _t(dot, st) if st == "latex" else dot
    last = str(d2) if kind == 0 else str(d1)
    shown_p = shown + josa(last, "을/를")[len(last):]
    vq = sp.Rational(val.numerator, val.denominator)
    if form == 0:
        text = rng.choice([
            f"순환소수 {shown_p} 등비급수로 나타내어 분수로 {_end(rng, '쓰')}".replace("쓰시오.", "나타내시오.")
            .replace("쓰세요.", "나타내세요.").replace("써라.", "나타내어라.").replace("써 보시오.", "나타내 보시오."),
            f"등비급수의 합을 이용하여 순환소수 {shown_p} 기약분수로 나타내시오.",
        ])
        ans = _q(vq)
        fmt = "computation"
    else:
        text = (f"다음은 순환소수 {shown_p} 분수로 나타내는 과정이다. □ 안에 알맞은 수를 써넣으시오.\n{steps}\n"
                f"이것은 첫째항이 □, 공비가 □인 등비급수이므로 그 합은 □이다.")
        ans = f"{_q(sp.Rational(first.numerator, first.denominator))}, {_q(sp.Rational(rr.numerator, rr.denominator))}, "
        if kind == 1:
            ans = f"{_q(sp.Rational(first.numerator, first.denominator))}, 1/10, {_q(vq)} (= {w} + {d1}/9)"
        else:
            ans += _q(vq)
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["등비급수", "급수의 합"], also=[],
                   check=lambda: abs((first / (1 - rr) + (0 if kind == 0 else w)) - val) == 0)


@family(S105, "bouncing-ball")
def _gs_ball(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    h = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12])
    r = rng.choice([R(1, 2), R(2, 3), R(3, 4), R(3, 5), R(4, 5), R(1, 3), R(2, 5)])
    obj = rng.choice(["공", "탱탱볼", "고무공", "테니스공"])
    pct = r * 100
    ratio_txt = (f"{int(pct)}%" if pct.q == 1 else None) if rng.random() < 0.5 else None
    ratio_txt = ratio_txt or _t(_qt(r), st)
    ans = sp.Rational(h) * (1 + r) / (1 - r)
    ask = rng.randrange(2)
    if ask == 0:
        q = f"이 {josa(obj, '이/가')} 정지할 때까지 움직인 거리의 총합은 몇 m인지 {_end(rng)}"
    else:
        q = f"{josa(obj, '이/가')} 한없이 튀어 오른다고 할 때, 위아래로 움직인 전체 거리를 {_end(rng)}"
    text = rng.choice([
        f"{h} m 높이에서 떨어뜨린 {josa(obj, '은/는')} 땅에 닿은 후 떨어진 높이의 {ratio_txt}만큼 다시 튀어 오른다. {q}",
        f"지면으로부터 {h} m인 곳에서 {josa(obj, '을/를')} 가만히 떨어뜨렸다. 이 {josa(obj, '은/는')} 지면에 닿을 때마다 "
        f"직전 높이의 {ratio_txt}까지 튀어 오른다고 한다. {q}",
    ])
    d = 3

    def chk() -> bool:
        tot, ht = float(h), float(h)
        for _ in range(400):
            ht *= float(r)
            tot += 2 * ht
        return abs(tot - float(ans)) < 1e-6
    return Problem(text=text, answer=_q(ans) + " m", format="word", difficulty=d, achievement_level="C",
                   concepts=["등비급수", "급수의 합"], check=chk)


@family(S105, "nested-figures-area")
def _gs_figures(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.4, 0.4, 0.2))
    kind = rng.randrange(3)
    a = rng.choice([2, 4, 6, 8, 10])
    if kind == 0:  # squares by midpoints: area ratio 1/2
        first = sp.Integer(a * a)
        r = R(1, 2)
        text = (f"한 변의 길이가 {a}인 정사각형 {_t('R_{1}', st)}의 각 변의 중점을 이어 정사각형 {_t('R_{2}', st)}를 만들고, "
                f"{_t('R_{2}', st)}의 각 변의 중점을 이어 정사각형 {_t('R_{3}', st)}을 만든다. 이와 같은 과정을 한없이 "
                f"반복할 때, 정사각형 {_t('R_{1}', st)}, {_t('R_{2}', st)}, {_t('R_{3}', st)}, …의 넓이의 합을 {_end(rng)}")
    elif kind == 1:  # equilateral triangles by midpoints: area ratio 1/4, sum of the middle (removed) triangles
        first = sp.Integer(a * a) / 4 * sp.sqrt(3) / 4  # area of the first middle triangle
        r = R(1, 4)
        text = (f"한 변의 길이가 {a}인 정삼각형의 세 변의 중점을 이어 만든 가운데 삼각형에 색칠한다. 남은 세 정삼각형 중 "
                f"맨 위에 있는 정삼각형에서 같은 방법으로 가운데 삼각형에 색칠하고, 이 과정을 한없이 반복한다. "
                f"색칠한 모든 삼각형의 넓이의 합을 {_end(rng)}")
    else:  # circle inscribed in square, square inscribed in circle ... sum of circle areas (ratio 1/2)
        first = sp.pi * sp.Integer(a * a) / 4
        r = R(1, 2)
        text = (f"한 변의 길이가 {a}인 정사각형에 내접하는 원을 그리고, 그 원에 내접하는 정사각형을 그린 다음 다시 그 정사각형에 "
                f"내접하는 원을 그린다. 이와 같은 과정을 한없이 반복할 때, 그려진 모든 원의 넓이의 합을 {_end(rng)}")
    ans = sp.nsimplify(first / (1 - r))
    d = 4
    num = sum(float(first) * float(r) ** k for k in range(200))
    ans_s = sp.sstr(ans).replace("sqrt(3)", "√3").replace("pi", "π").replace("*", "")
    return Problem(text=text, answer=ans_s, format="word", difficulty=d, achievement_level="B",
                   concepts=["등비급수", "급수의 합", "공비"], check=lambda: abs(num - float(ans)) < 1e-9)


@family(S105, "find-first-term-ratio")
def _gs_find(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([R(1, 2), R(1, 3), R(2, 3), R(-1, 2), R(1, 4), R(-1, 3), R(3, 4)])
    a = rng.choice([1, 2, 3, 4, 6])
    S = _gsum(a, r)
    T = sp.Rational(a * a) / (1 - r * r)
    s = _seqname(rng)
    cond = f"{SUMN} {s}_{{n}} = {_qt(S)}, \\quad {SUMN} ({s}_{{n}})^{{2}} = {_qt(T)}"
    ask = rng.randrange(3)
    if ask == 0:
        q, ans = f"첫째항과 공비를 각각 {_end(rng)}", f"첫째항 {a}, 공비 {_q(r)}"
    elif ask == 1:
        odd = sp.Rational(a) / (1 - r * r)
        q, ans = f"{_t(SUMN + ' ' + s + '_{2n-1}', st)}의 {_end(rng, '값')}", _q(odd)
    else:
        q, ans = f"{_t(s + '_{1} + ' + s + '_{2}', st)}의 {_end(rng, '값')}", _q(a + a * r)
    text = f"등비수열 {_jt(_anset(s), st, '이/가')} {_t(cond, st)}을 만족시킬 때, {q}"
    d = 4

    def chk() -> bool:
        # solve a/(1-r) = S, a^2/(1-r^2) = T independently: T/S = a/(1+r)
        rr, aa = sp.symbols("rr aa")
        sol = sp.solve([aa - S * (1 - rr), aa**2 - T * (1 - rr**2)], [aa, rr], dict=True)
        good = [z for z in sol if abs(z[rr]) < 1 and z[aa] != 0]
        return len(good) == 1 and good[0][rr] == r and good[0][aa] == a
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="B",
                   concepts=["등비급수", "급수의 합", "공비"], check=chk)


@family(S105, "two-geometric-series")
def _gs_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    den = rng.choice([4, 5, 6, 7, 10, 12])
    b1, b2 = rng.sample(range(2, den), 2)
    c1, c2 = rng.randint(1, 3), rng.choice([1, 2, -1])
    e1 = rng.choice([0, 1])
    t1 = _term(c1, b1, e1)
    t2 = _term(abs(c2), b2, 0)
    num = f"{t1} {'+' if c2 > 0 else '-'} {t2}"
    ser = f"{SUMN} \\frac{{{num}}}{{{den}^{{n}}}}"
    r1, r2 = R(b1, den), R(b2, den)
    ans = c1 * b1**e1 * r1 / (1 - r1) + c2 * r2 / (1 - r2)
    d = 3
    text = rng.choice([f"{_t(ser, st)}의 {_end(rng, '값')}", f"급수 {_t(ser, st)}의 합을 {_end(rng)}{exam_points(rng, d)}"])
    numv = sum((c1 * b1 ** (k + e1) + c2 * b2**k) / den**k for k in range(1, 400))
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["등비급수", "급수의 합"], check=lambda: abs(numv - float(ans)) < 1e-9)


def _term(c: int, b: int, e: int) -> str:
    lead = "" if c == 1 else f"{c} \\cdot "
    return f"{lead}{b}^{{n{'+1' if e else ''}}}"


@family(S105, "long-run-total-context")
def _gs_context(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(3)
    if kind == 0:  # spending multiplier
        spend = rng.choice([60, 75, 80, 90])
        init = rng.choice([10, 20, 50, 100])
        r = R(spend, 100)
        text = (f"어느 지역에 {init}억 원의 지원금이 지급되었다. 돈을 받은 사람은 그중 {spend}%를 지역 안에서 소비하고, "
                f"그 돈을 받은 사람도 다시 그중 {spend}%를 소비하는 일이 한없이 반복된다고 가정하자. 처음 지급된 {init}억 원을 "
                f"포함하여 지역 안에서 쓰이는 돈의 총액은 몇 억 원인지 {_end(rng)}")
        first = sp.Integer(init)
        unit = "억 원"  # no space: 100억 원
    elif kind == 1:  # medicine: amount in the body right after a dose, in the long run
        left = rng.choice([10, 20, 25, 50])
        dose = rng.choice([50, 100, 150, 200])
        r = R(left, 100)
        text = (f"어떤 약을 하루에 한 번 {dose} mg씩 복용한다. 복용한 약은 하루가 지나면 {left}%만 몸에 남는다고 한다. "
                f"n번째 복용 직후 몸속에 남아 있는 약의 양을 {_t('a_{n}', st)} mg이라 할 때, {_t('a_{n}', st)}은 "
                f"{_dose_sum(dose, r, st)}"
                f"와 같이 나타낼 수 있다. {_t(LIMN + ' a_{n}', st)}의 {_end(rng, '값')}")
        first = sp.Integer(dose)
        unit = " mg"
    else:  # walking halfway each time (Zeno)
        dist = rng.choice([8, 10, 12, 16, 20])
        r = rng.choice([R(1, 2), R(1, 3), R(2, 3)])
        who = name(rng)
        text = (f"{josa(who, '이/가')} 첫 번째 걸음에 {dist} m를 걷고, 그다음부터는 매번 바로 앞 걸음의 "
                f"{_t(_qt(r), st)}만큼 걷는다. 이와 같이 한없이 걸을 때 {josa(who, '이/가')} 걷는 거리의 총합은 몇 m에 "
                f"가까워지는지 {_end(rng)}")
        first = sp.Integer(dist)
        unit = " m"
    ans = first / (1 - r)
    d = 3
    num = sum(float(first) * float(r) ** k for k in range(400))
    return Problem(text=text, answer=f"{_q(ans)}{unit}", format="word", difficulty=d, achievement_level="C",
                   concepts=["등비급수", "급수의 합"], check=lambda: abs(num - float(ans)) < 1e-6)


def _dose_sum(dose: int, r, st: str) -> str:
    rr = f"{float(r):g}"
    tex = f"{dose} + {dose} \\times {rr} + {dose} \\times {rr}^{{2}} + \\cdots + {dose} \\times {rr}^{{n-1}}"
    return _t(tex, st)


_GS_STMTS = (
    ("급수 {S} r^{n}이 수렴하면 급수 {S} r^{2n}도 수렴한다.", lambda r: (not _geo_ser_conv(r)) or _geo_ser_conv(r * r)),
    ("급수 {S} r^{2n}이 수렴하면 급수 {S} r^{n}도 수렴한다.", lambda r: (not _geo_ser_conv(r * r)) or _geo_ser_conv(r)),
    ("급수 {S} r^{n}이 수렴하면 수열 \\{r^{n}\\}도 수렴한다.", lambda r: (not _geo_ser_conv(r)) or _geo_conv(r)),
    ("수열 \\{r^{n}\\}이 수렴하면 급수 {S} r^{n}도 수렴한다.", lambda r: (not _geo_conv(r)) or _geo_ser_conv(r)),
    ("급수 {S} (\\frac{1 + r}{2})^{n}이 수렴하면 급수 {S} r^{n}도 수렴한다.",
     lambda r: (not _geo_ser_conv((1 + r) / 2)) or _geo_ser_conv(r)),
    ("급수 {S} r^{n}이 수렴하면 급수 {S} (\\frac{1 + r}{2})^{n}도 수렴한다.",
     lambda r: (not _geo_ser_conv(r)) or _geo_ser_conv((1 + r) / 2)),
    ("급수 {S} r^{n}이 수렴하면 급수 {S} (-r)^{n}도 수렴한다.", lambda r: (not _geo_ser_conv(r)) or _geo_ser_conv(-r)),
    ("급수 {S} r^{n}이 수렴하면 급수 {S} 2r^{n}의 합은 급수 {S} r^{n}의 합의 2배이다.", lambda r: True),
)
_GS_KNOWN = (True, True, True, False, False, True, True, True)


@family(S105, "bogi-geometric-series")
def _gs_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    picks = rng.sample(range(len(_GS_STMTS)), 3)
    truth = [all(_GS_STMTS[i][1](r) for r in _R_GRID) for i in picks]
    stmts = [(_mixed(_GS_STMTS[i][0].replace("{S}", SUMN), st), ok) for i, ok in zip(picks, truth, strict=True)]
    block, ch = bogi(rng, stmts)
    d = 4
    text = f"실수 r에 대하여 {bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="B",
                   concepts=["등비급수", "공비", "수렴", "발산"], choice=ch,
                   check=lambda: [_GS_KNOWN[i] for i in picks] == truth)


# ================================================================================================
# 12미적Ⅱ-02-01 지수함수와 로그함수의 극한과 미분
# ================================================================================================
E = sp.E


def _etex(k) -> str:
    """e^k as LaTeX-lite (k a Rational)."""
    k = sp.Rational(k)
    if k == 0:
        return "1"
    if k == 1:
        return "e"
    if k == -1:
        return "\\frac{1}{e}"
    if k < 0 and k.q == 1:
        return f"\\frac{{1}}{{e^{{{-k.p}}}}}"
    return f"e^{{{_qt(k)}}}" if k.q == 1 else f"e^{{{k.p}/{k.q}}}"


def _eans(k) -> str:
    return _t(_etex(k), "unicode")


def _mpnum(expr: sp.Expr, xv) -> float:
    return float(sp.N(expr.subs(X, xv), 30))


def _num_limit(fn: Callable, at: str, target: float) -> bool:
    """Numerical limit with mpmath: at '0' (both sides) or 'inf'."""
    import mpmath

    with mpmath.workdps(50):
        if at == "inf":
            vals = [fn(mpmath.mpf(10) ** 15), fn(mpmath.mpf(10) ** 16)]
        else:
            h = mpmath.mpf(10) ** -15
            vals = [fn(h), fn(-h)]
        return all(abs(v - target) < 1e-6 * max(1, abs(target)) for v in vals)


@family(S201, "e-definition-limit")
def _e1_elimit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    a = _nz(rng, -4, 5)
    b = rng.randint(1, 4)
    if kind == 0:  # (1 + a x)^(1/x)
        ex = f"\\lim_{{x \\to 0}} (1 {'+' if a > 0 else '-'} {'' if abs(a) == 1 else abs(a)}x)^{{\\frac{{1}}{{x}}}}"
        k = sp.Integer(a)

        def fn(v):
            return (1 + a * v) ** (1 / v)
    elif kind == 1:  # (1 + a x)^(b/x)
        ex = (f"\\lim_{{x \\to 0}} (1 {'+' if a > 0 else '-'} {'' if abs(a) == 1 else abs(a)}x)^{{\\frac{{{b}}}{{x}}}}")
        k = sp.Integer(a * b)

        def fn(v):
            return (1 + a * v) ** (b / v)
    elif kind == 2:  # (1 + a/x)^(b x) at infinity
        ex = f"\\lim_{{x \\to \\infty}} \\left(1 {'+' if a > 0 else '-'} \\frac{{{abs(a)}}}{{x}}\\right)^{{{'' if b == 1 else b}x}}"
        k = sp.Integer(a * b)

        def fn(v):
            return (1 + a / v) ** (b * v)
    else:  # (1 + x/b)^(a/x)... = e^(a/b)
        b = rng.choice([2, 3, 4])
        expo = f"\\frac{{{a}}}{{x}}" if a > 0 else f"-\\frac{{{-a}}}{{x}}"
        ex = f"\\lim_{{x \\to 0}} \\left(1 + \\frac{{x}}{{{b}}}\\right)^{{{expo}}}"
        k = sp.Rational(a, b)

        def fn(v):
            return (1 + v / b) ** (a / v)
    target = float(sp.exp(k))
    at = "inf" if kind == 2 else "0"
    d = 2 if kind == 0 else 3
    if rng.random() < 0.45:
        wrong_k = [k + 1, -k, k * 2, sp.Rational(1, k) if k else 1, k - 1, sp.Rational(a), sp.Rational(b), k + 2,
                   k - 2, k / 2]
        opts = []
        for w in wrong_k:
            s_ = _t(_etex(w), st)
            if w != k and s_ not in opts:
                opts.append(s_)
        ch = choices(rng, _t(_etex(k), st), opts)
        text = with_choices(f"{_t(ex, st)}의 값은?{exam_points(rng, d)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                       concepts=["e", "극한(값)"], choice=ch, check=lambda: _num_limit(fn, at, target))
    text = rng.choice([f"{_t(ex, st)}의 {_end(rng, '값')}", f"다음 극한값을 {_end(rng)}\n{_t(ex, st)}"])
    return Problem(text=text, answer=_eans(k), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["e", "극한(값)"], check=lambda: _num_limit(fn, at, target))


def _lnans(v: int) -> str:
    return f"ln {v}"


@family(S201, "exp-log-basic-limits")
def _e1_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(5)
    a = _nz(rng, -5, 6)
    b = rng.randint(1, 5)
    if kind == 0:  # (e^{ax} - 1)/(bx)
        ex = f"\\lim_{{x \\to 0}} \\frac{{e^{{{'' if a == 1 else ('-' if a == -1 else a)}x}} - 1}}{{{'' if b == 1 else b}x}}"
        ans = sp.Rational(a, b)
        ans_s = _q(ans)

        def fn(v):
            import mpmath
            return (mpmath.e ** (a * v) - 1) / (b * v)
    elif kind == 1:  # ln(1 + ax)/(bx)
        ex = (f"\\lim_{{x \\to 0}} \\frac{{\\ln (1 {'+' if a > 0 else '-'} {'' if abs(a) == 1 else abs(a)}x)}}"
              f"{{{'' if b == 1 else b}x}}")
        ans = sp.Rational(a, b)
        ans_s = _q(ans)

        def fn(v):
            import mpmath
            return mpmath.log(1 + a * v) / (b * v)
    elif kind == 2:  # (c^x - 1)/x = ln c
        c = rng.choice([2, 3, 5, 7, 10])
        ex = f"\\lim_{{x \\to 0}} \\frac{{{c}^{{x}} - 1}}{{x}}"
        ans = sp.log(c)
        ans_s = _lnans(c)

        def fn(v):
            return (c**v - 1) / v
    elif kind == 3:  # (e^{ax} - e^{bx})/x = a - b
        bb = rng.choice([v for v in range(-3, 5) if v != a])
        ex = f"\\lim_{{x \\to 0}} \\frac{{e^{{{a}x}} - e^{{{bb}x}}}}{{x}}".replace("e^{1x}", "e^{x}").replace("e^{0x}", "1") \
            .replace("e^{-1x}", "e^{-x}")
        ans = sp.Integer(a - bb)
        ans_s = _q(ans)

        def fn(v):
            import mpmath
            return (mpmath.e ** (a * v) - mpmath.e ** (bb * v)) / v
    else:  # log_c(1 + x)/x = 1/ln c
        c = rng.choice([2, 3, 5, 10])
        ex = f"\\lim_{{x \\to 0}} \\frac{{\\log_{{{c}}} (1 + x)}}{{x}}"
        ans = 1 / sp.log(c)
        ans_s = f"1/ln {c}"

        def fn(v):
            import mpmath
            return mpmath.log(1 + v, c) / v
    d = 2
    target = float(ans)
    text = rng.choice([f"{_t(ex, st)}의 {_end(rng, '값')}", f"다음 극한값을 {_end(rng)}\n{_t(ex, st)}",
                       f"{_jt(ex, st, '을/를')} 계산하시오."])
    return Problem(text=text, answer=ans_s, format="computation", difficulty=d, achievement_level="D",
                   concepts=["e", "자연로그", "ln x", "극한(값)"], check=lambda: _num_limit(fn, "0", target))


def _ans_expr(expr: sp.Expr) -> str:
    """A sympy value/expression as a plain answer (e for E, ln for log, ^ for powers)."""
    s = sp.sstr(expr)
    s = re.sub(r"exp\(([^()]+)\)", lambda m: "e^" + (m.group(1) if re.fullmatch(r"\w+", m.group(1)) else f"({m.group(1)})"), s)
    s = s.replace("E", "e").replace("log(", "ln(").replace("**", "^").replace("pi", "π")
    s = re.sub(r"sqrt\((\w+)\)", r"√\1", s)
    s = re.sub(r"(\d)\*([a-zA-Zπ√(])", r"\1\2", s)
    s = s.replace("*", "·")
    return "1/e" if s == "e^(-1)" else s


_PTS = (sp.Rational(3, 2), sp.Rational(5, 2), sp.Rational(7, 3), sp.Rational(13, 4))


def _nderiv_ok(f: sp.Expr, fprime_claim: sp.Expr, pts=_PTS) -> bool:
    """The claimed derivative matches a central difference quotient of f at (up to) two points where
    both are defined."""
    import mpmath

    done = 0
    with mpmath.workdps(40):
        g = sp.lambdify(X, f, "mpmath")
        for p in pts:
            claim = sp.N(fprime_claim.subs(X, p), 40)
            if not claim.is_finite or not sp.N(f.subs(X, p)).is_finite:
                continue
            h = mpmath.mpf(10) ** -12
            p0 = mpmath.mpf(sp.Rational(p).p) / sp.Rational(p).q
            num = (g(p0 + h) - g(p0 - h)) / (2 * h)
            if abs(num - mpmath.mpf(claim)) > 1e-8 * max(1, abs(claim)):
                return False
            done += 1
            if done == 2:
                break
    return done >= 1


def _expterm(rng: random.Random) -> tuple[str, sp.Expr, sp.Expr]:
    """(LaTeX-lite, f, f′ derived by the basic rules) for one term of an exp/log function."""
    c = _nz(rng, -4, 5)
    cc = "" if c == 1 else ("-" if c == -1 else str(c))
    a = rng.choice([2, 3, 5, 10])
    kind = rng.randrange(5)
    if kind == 0:
        return f"{cc}e^{{x}}", c * sp.exp(X), c * sp.exp(X)
    if kind == 1:
        return f"{cc}\\ln x", c * sp.log(X), sp.Integer(c) / X
    if kind == 2:
        lead = cc if c in (1, -1) else f"{c} \\cdot "
        return f"{lead}{a}^{{x}}", c * a**X, c * a**X * sp.log(a)
    if kind == 3:
        return f"{cc}\\log_{{{a}}} x", c * sp.log(X, a), sp.Integer(c) / (X * sp.log(a))
    n = rng.randint(1, 3)
    return (f"{cc}x^{{{n}}}" if n > 1 else f"{cc}x"), c * X**n, c * n * X ** (n - 1)


def _join_terms(parts: list[str]) -> str:
    out = parts[0]
    for p in parts[1:]:
        out += f" - {p[1:]}" if p.startswith("-") else f" + {p}"
    return out


@family(S201, "derivative-value-sum")
def _e1_dsum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    terms = []
    kinds = set()
    while len(terms) < rng.choice([2, 3]):
        t = _expterm(rng)
        key = t[0].lstrip("-0123456789 \\cdot")
        if key not in kinds:
            kinds.add(key)
            terms.append(t)
    fn = rng.choice(["f", "g"])
    ftex = f"{fn}(x) = {_join_terms([t[0] for t in terms])}"
    f = sum(t[1] for t in terms)
    fp = sum(t[2] for t in terms)
    x0 = rng.choice([1, 1, 2])
    val = sp.expand(fp.subs(X, x0))
    ask = rng.randrange(2)
    if ask == 0:
        text = rng.choice([f"함수 {_t(ftex, st)}에 대하여 {_t(_fprime(fn, x0), st)}의 {_end(rng, '값')}",
                           f"함수 {_t(ftex, st)}의 x = {x0}에서의 미분계수를 {_end(rng)}"])
        ans = _ans_expr(val)
    else:
        text = rng.choice([f"함수 {_jt(ftex, st, '을/를')} 미분하시오.",
                           f"함수 {_t(ftex, st)}의 도함수를 {_end(rng)}"])
        ans = f"{fn}′(x) = " + _ans_expr(fp)
    d = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="D",
                   concepts=["e", "eˣ", "ln x", "자연로그", "도함수"], check=lambda: _nderiv_ok(f, fp))


def _fprime(fn: str, x0) -> str:
    return f"{fn}'({x0})"


def _prod_pool(rng: random.Random) -> tuple[str, sp.Expr, sp.Expr, str]:
    """(LaTeX-lite f, f, f′ by the product rule, f′ as LaTeX-lite) for polynomial × eˣ or × ln x."""
    a = rng.randint(-4, 4)
    kind = rng.randrange(5)
    if kind == 0:  # (x + a) e^x -> (x + a + 1) e^x
        f = (X + a) * sp.exp(X)
        return (f"({_lin(1, a, 'x')})e^{{x}}" if a else "xe^{x}", f, (X + a + 1) * sp.exp(X),
                f"({_lin(1, a + 1, 'x')})e^{{x}}" if a + 1 else "xe^{x}")
    if kind == 1:  # x^2 e^x -> (x^2 + 2x) e^x
        return "x^{2}e^{x}", X**2 * sp.exp(X), (X**2 + 2 * X) * sp.exp(X), "(x^{2} + 2x)e^{x}"
    if kind == 2:  # x ln x -> ln x + 1
        return "x\\ln x", X * sp.log(X), sp.log(X) + 1, "\\ln x + 1"
    if kind == 3:  # x^2 ln x -> 2x ln x + x
        return "x^{2}\\ln x", X**2 * sp.log(X), 2 * X * sp.log(X) + X, "2x\\ln x + x"
    return "e^{x}\\ln x", sp.exp(X) * sp.log(X), sp.exp(X) * sp.log(X) + sp.exp(X) / X, "e^{x}\\left(\\ln x + \\frac{1}{x}\\right)"


@family(S201, "product-with-exp-log")
def _e1_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex_body, f, fp, fptex = _prod_pool(rng)
    fn = rng.choice(["f", "g", "h"])
    ftex = f"{fn}(x) = {ftex_body}"
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"함수 {_jt(ftex, st, '을/를')} 미분하시오.", f"함수 {_t(ftex, st)}의 도함수를 {_end(rng)}"])
        ans = f"{fn}′(x) = {_t(fptex, 'unicode')}"
        fmt = "computation"
    elif form == 1:
        x0 = rng.choice([1, 1, 2]) if "ln" not in ftex_body else rng.choice([1, sp.E])
        val = sp.expand(fp.subs(X, x0))
        x0t = "e" if x0 == sp.E else str(x0)
        text = f"함수 {_t(ftex, st)}에 대하여 {_t(f'{fn}' + chr(39) + f'({x0t})', st)}의 {_end(rng, '값')}"
        ans = _ans_expr(val)
        fmt = "computation"
    else:
        text = (f"다음은 함수 {_t(ftex, st)}의 도함수를 구하는 과정이다. □ 안에 알맞은 식을 써넣으시오.\n"
                f"{_t(fn + chr(39) + '(x)', st)} = (□)′ × (□) + (□) × (□)′ = □")
        ans = f"{_t(fptex, 'unicode')}"
        fmt = "fill"
    d = 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="D" if form else "C",
                   concepts=["e", "eˣ", "ln x", "도함수"], check=lambda: _nderiv_ok(f, fp))


@family(S201, "derivative-zero-point")
def _e1_zero(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    a = rng.randint(-3, 4)
    k = rng.randint(1, 6)
    if kind == 0:
        ftex, f, sols = (f"({_lin(1, -a, 'x')})e^{{x}}" if a else "xe^{x}"), (X - a) * sp.exp(X), [a - 1]
    elif kind == 1:
        ftex, f, sols = "x\\ln x", X * sp.log(X), [sp.exp(-1)]
    elif kind == 2:
        ftex, f, sols = "x^{2}e^{x}", X**2 * sp.exp(X), [-2, 0]
    else:
        ftex, f, sols = f"x - {k}\\ln x" if k > 1 else "x - \\ln x", X - k * sp.log(X), [k]
    fn = rng.choice(["f", "g"])
    text = rng.choice([
        f"함수 {_t(fn + '(x) = ' + ftex, st)}에 대하여 {_t(fn + chr(39) + '(x) = 0', st)}을 만족시키는 x의 값을 모두 {_end(rng)}",
        f"곡선 {_t('y = ' + ftex, st)} 위의 점에서의 접선의 기울기가 0이 되는 점의 x좌표를 {_end(rng)}",
    ])
    ans = ", ".join(_ans_expr(s_) for s_ in sols)
    d = 3

    def chk() -> bool:
        fp = sp.diff(f, X)
        return all(abs(float(fp.subs(X, s_))) < 1e-12 for s_ in sols) and \
            all(abs(float(fp.subs(X, s_ + sp.Rational(1, 3)))) > 1e-6 for s_ in sols)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C",
                   concepts=["e", "eˣ", "ln x", "도함수"], check=chk)


@family(S201, "limit-as-derivative")
def _e1_defn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    a = rng.randint(1, 4)
    m = rng.choice([1, 2, 3])
    mm = "" if m == 1 else str(m)
    if kind == 0:
        ex = f"\\lim_{{h \\to 0}} \\frac{{e^{{{a} + {mm}h}} - e^{{{a}}}}}{{h}}"
        val = m * sp.exp(a)

        def fn(h):
            import mpmath
            return (mpmath.e ** (a + m * h) - mpmath.e**a) / h
    elif kind == 1:
        ex = f"\\lim_{{h \\to 0}} \\frac{{\\ln ({a} + {mm}h) - \\ln {a}}}{{h}}"
        val = sp.Rational(m, a)

        def fn(h):
            import mpmath
            return (mpmath.log(a + m * h) - mpmath.log(a)) / h
    elif kind == 2:
        ex = f"\\lim_{{x \\to {a}}} \\frac{{\\ln x - \\ln {a}}}{{x - {a}}}" if a > 1 else "\\lim_{x \\to 1} \\frac{\\ln x}{x - 1}"
        val = sp.Rational(1, a)

        def fn(h):
            import mpmath
            return (mpmath.log(a + h) - mpmath.log(a)) / h
    else:
        c = rng.choice([2, 3, 5])
        ex = f"\\lim_{{h \\to 0}} \\frac{{{c}^{{{a} + h}} - {c}^{{{a}}}}}{{h}}"
        val = c**a * sp.log(c)

        def fn(h):
            import mpmath
            return (mpmath.mpf(c) ** (a + h) - mpmath.mpf(c) ** a) / h
    d = 3
    text = rng.choice([
        f"{_t(ex, st)}의 {_end(rng, '값')}",
        f"미분계수의 정의를 이용하여 {_t(ex, st)}의 {_end(rng, '값')}",
    ])
    target = float(val)
    return Problem(text=text, answer=_ans_expr(sp.expand(val)), format="computation", difficulty=d,
                   achievement_level="C", concepts=["e", "ln x", "자연로그", "미분계수"], also=["12미적Ⅰ-02-01"],
                   check=lambda: _num_limit(fn, "0", target))


@family(S201, "find-constants-exp-log-limit")
def _e1_consts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    k = rng.randint(1, 5)
    c = rng.randint(1, 4)
    if kind == 0:  # lim (e^{kx} + a)/(c x) = b  ->  a = -1, b = k/c
        k = c * rng.randint(1, 3)
        ex = f"\\lim_{{x \\to 0}} \\frac{{e^{{{'' if k == 1 else k}x}} + a}}{{{'' if c == 1 else c}x}} = b"
        a_, b_ = -1, sp.Rational(k, c)
        ans = a_ + b_

        def fn(v):
            import mpmath
            return (mpmath.e ** (k * v) + a_) / (c * v)
    elif kind == 1:  # lim ln(1 + a x)/(c x) = k  ->  a = c k
        ex = f"\\lim_{{x \\to 0}} \\frac{{\\ln (1 + ax)}}{{{'' if c == 1 else c}x}} = {k}"
        a_, b_ = c * k, 0
        ans = a_

        def fn(v):
            import mpmath
            return mpmath.log(1 + a_ * v) / (c * v)
    else:  # lim (a e^x + b)/x = k -> a + b = 0, a = k ; ask a - b
        ex = f"\\lim_{{x \\to 0}} \\frac{{ae^{{x}} + b}}{{x}} = {k}"
        a_, b_ = k, -k
        ans = a_ - b_

        def fn(v):
            import mpmath
            return (a_ * mpmath.e**v + b_) / v
    ask = {0: "a + b의 값", 1: "상수 a의 값", 2: "a − b의 값"}[kind]
    d = 3
    text = rng.choice([
        f"{_jt(ex, st, '이/가')} 성립할 때, {ask}을 {_end(rng)}" + ("" if kind == 1 else " (단, a, b는 상수이다.)")
        + exam_points(rng, d),
        ("두 상수 a, b에 대하여 " if kind != 1 else "") + f"{_t(ex, st)}일 때, {ask}을 {_end(rng)}{exam_points(rng, d)}",
    ])
    target = float(b_) if kind == 0 else float(k)
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["e", "ln x", "극한(값)"], check=lambda: _num_limit(fn, "0", target))


_EXP_STMTS = (
    ("{L0} (1 + x)^{\\frac{1}{x}} = e", lambda: _num_limit(lambda v: (1 + v) ** (1 / v), "0", float(E)), True),
    ("{L0} \\frac{e^{x} - 1}{x} = e", lambda: _num_limit(lambda v: (_mpe() ** v - 1) / v, "0", float(E)), False),
    ("{L0} \\frac{\\ln (1 + x)}{x} = 1", lambda: _num_limit(lambda v: _mplog(1 + v) / v, "0", 1.0), True),
    ("함수 y = 2^{x}의 도함수는 y' = x \\cdot 2^{x-1}이다.", lambda: _nderiv_ok(2**X, X * 2 ** (X - 1)), False),
    ("함수 y = \\log_{2} x의 도함수는 y' = \\frac{1}{x\\ln 2}이다.", lambda: _nderiv_ok(sp.log(X, 2), 1 / (X * sp.log(2))), True),
    ("함수 y = e^{x + 1}의 도함수는 y' = e^{x + 1}이다.", lambda: _nderiv_ok(sp.exp(X + 1), sp.exp(X + 1)), True),
    ("함수 y = \\ln 3x의 도함수는 y' = \\frac{1}{3x}이다.", lambda: _nderiv_ok(sp.log(3 * X), 1 / (3 * X)), False),
    ("함수 y = \\ln 3x의 도함수는 y' = \\frac{1}{x}이다.", lambda: _nderiv_ok(sp.log(3 * X), 1 / X), True),
    ("함수 y = xe^{x}의 도함수는 y' = e^{x}이다.", lambda: _nderiv_ok(X * sp.exp(X), sp.exp(X)), False),
    ("함수 y = e^{x}의 그래프 위의 점 (0, 1)에서의 접선의 기울기는 1이다.", lambda: _nderiv_ok(sp.exp(X), sp.exp(X)), True),
    ("{L0} \\frac{3^{x} - 1}{x} = \\ln 3", lambda: _num_limit(lambda v: (3**v - 1) / v, "0", float(sp.log(3))), True),
)


def _mpe():
    import mpmath
    return mpmath.e


def _mplog(v):
    import mpmath
    return mpmath.log(v)


@family(S201, "bogi-exp-log")
def _e1_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    picks = rng.sample(range(len(_EXP_STMTS)), 3)
    if not any(_EXP_STMTS[i][2] for i in picks):
        picks[0] = 0 if 0 not in picks else 2
    stmts = []
    for i in picks:
        raw = _EXP_STMTS[i][0].replace("{L0}", "\\lim_{x \\to 0}")
        body = _mixed(raw, st) if re.search("[가-힣]", raw) else _t(raw, st)
        stmts.append((body, _EXP_STMTS[i][2]))
    block, ch = bogi(rng, stmts)
    d = 3
    text = f"{bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["e", "eˣ", "ln x", "자연로그", "도함수"], choice=ch,
                   check=lambda: all(_EXP_STMTS[i][1]() == _EXP_STMTS[i][2] for i in picks))


@family(S201, "growth-rate-context")
def _e1_context(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(3)
    if kind == 0:  # bacteria N(t) = N0 * b^t, instantaneous rate at t = t0
        n0 = rng.choice([100, 200, 500, 1000])
        b = rng.choice([2, 3])
        t0 = rng.randint(1, 4)
        ftex = f"N(t) = {n0} \\cdot {b}^{{t}}"
        text = (f"어떤 세균은 t시간 후의 개체 수가 {_t(ftex, st)}라고 한다. t = {t0}일 때 개체 수의 순간변화율을 {_end(rng)}")
        val = n0 * b**t0 * sp.log(b)
        f, x0 = n0 * b**X, t0
        ans = _ans_expr(val)
    elif kind == 1:  # continuous compounding as a limit
        p = rng.choice([100, 200, 500, 1000])
        r = rng.choice([2, 3, 4, 5, 6])
        text = (f"원금 {p}만 원을 연이율 {r}%로 예금할 때, 1년을 n번으로 나누어 복리로 계산하면 1년 후 원리합계는 "
                f"{_t(_compound(p, r), st)}만 원이다. "
                f"n을 한없이 크게 할 때 1년 후 원리합계는 얼마에 가까워지는지 {_end(rng)}")
        val = p * sp.exp(sp.Rational(r, 100))
        ans = f"{p}e^0.0{r}만 원"
        f, x0 = None, None
    else:  # sound level / log scale: L(x) = 10 log10 x, rate at x0
        c = rng.choice([10, 20])
        x0 = rng.choice([10, 100, 1000])
        text = (f"어떤 측정값 x에 대한 지표가 {_t(_logfn(c), st)}로 주어진다. "
                f"x = {x0}일 때 x에 대한 L의 순간변화율을 {_end(rng)}")
        val = sp.Integer(c) / (x0 * sp.log(10))
        ans = _ans_expr(val)
        f = c * sp.log(X, 10)
    d = 3

    def chk() -> bool:
        if f is None:
            return _num_limit(lambda v: p * (1 + _mpf(r) / 100 / v) ** v, "inf", float(val))
        return _nderiv_ok(f, sp.diff(f, X), pts=(sp.Integer(x0),)) and abs(float(sp.diff(f, X).subs(X, x0)) - float(val)) < 1e-9
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="C",
                   concepts=["e", "자연로그", "순간변화율"], check=chk)


def _mpf(v):
    import mpmath
    return mpmath.mpf(v)


def _compound(p: int, r: int) -> str:
    return f"{p}\\left(1 + \\frac{{0.0{r}}}{{n}}\\right)^{{n}}"


def _logfn(c: int) -> str:
    return f"L(x) = {c}\\log_{{10}} x"


@family(S201, "e-value-table")
def _e1_table(rng: random.Random) -> Problem:
    import math

    kind = rng.randrange(3)
    if kind == 0:
        ns = sorted(rng.sample([1, 2, 5, 10, 50, 100, 500, 1000, 10000, 100000], 5))
        vals = [(1 + 1 / m) ** m for m in ns]
        blank = rng.randrange(1, 5)
        head = "n | " + " | ".join(str(m) for m in ns)
        row = "(1 + 1/n)ⁿ | " + " | ".join("□" if i == blank else f"{v:.5f}" for i, v in enumerate(vals))
        text = (f"다음 표는 n의 값에 따른 (1 + 1/n)ⁿ의 값을 소수점 아래 다섯째 자리까지 나타낸 것이다.\n{head}\n{row}\n"
                + rng.choice(["□ 안에 알맞은 수를 써넣고, n이 한없이 커질 때 (1 + 1/n)ⁿ의 값이 가까워지는 수를 무엇이라 하는지 쓰시오.",
                              "빈칸을 채우고, 이 표로부터 lim_(n→∞) (1 + 1/n)ⁿ의 값을 기호로 나타내시오."]))
        ans = f"{vals[blank]:.5f}, e"
        target, claim = vals[blank], float(f"{vals[blank]:.5f}")
    else:
        hs = rng.sample([0.1, 0.01, 0.001, 0.0001, -0.1, -0.01, -0.001], 4)
        hs.sort(key=lambda h: -abs(h))
        if kind == 1:
            vals = [(math.exp(h) - 1) / h for h in hs]
            lab, lim_, pt = "(eʰ − 1)/h", "lim_(h→0) (eʰ − 1)/h", "곡선 y = eˣ 위의 점 (0, 1)"
        else:
            vals = [math.log(1 + h) / h for h in hs]
            lab, lim_, pt = "ln(1 + h)/h", "lim_(h→0) ln(1 + h)/h", "곡선 y = ln x 위의 점 (1, 0)"
        head = "h | " + " | ".join(str(h) for h in hs)
        row = f"{lab} | " + " | ".join(f"{v:.5f}" for v in vals)
        text = (f"공학 도구로 {lab}의 값을 계산하여 다음 표를 얻었다.\n{head}\n{row}\n"
                f"표를 이용하여 {lim_}의 값을 추측하고, 이 값이 {pt}에서의 접선의 기울기와 같음을 확인하시오.")
        ans = "1"
        target, claim = 1.0, 1.0
    return Problem(text=text, answer=ans, format="data", difficulty=1, achievement_level="E",
                   concepts=["e", "eˣ", "ln x", "극한(값)"],
                   check=lambda: abs(target - claim) < 1e-5 and all(abs(v - (math.e if kind == 0 else 1)) < 1.1
                                                                    for v in vals))


def _m_exp(v: float) -> float:
    import math
    return math.exp(v)


# ================================================================================================
# 12미적Ⅱ-02-02 삼각함수의 덧셈정리
# ================================================================================================
_A, _B = "(√6 + √2)/4", "(√6 − √2)/4"
_SPECIAL = {  # degrees: (sin, cos, tan) as answer strings
    15: (_B, _A, "2 − √3"),
    75: (_A, _B, "2 + √3"),
    105: (_A, "(√2 − √6)/4", "−2 − √3"),
    165: (_B, "−(√6 + √2)/4", "−2 + √3"),
    -15: ("(√2 − √6)/4", _A, "−2 + √3"),
    195: ("(√2 − √6)/4", "−(√6 + √2)/4", "2 − √3"),
}
_SPLIT = {15: [(45, -30), (60, -45)], 75: [(45, 30)], 105: [(60, 45)], 165: [(120, 45), (135, 30)],
          -15: [(30, -45), (45, -60)], 195: [(150, 45), (225, -30)]}


def _ans_num(s: str) -> float:
    """Evaluate an answer string such as '(√6 − √2)/4' or '−2 + √3' numerically."""
    import math

    t = s.replace("−", "-").replace("√", "math.sqrt")
    t = re.sub(r"math\.sqrt(\d+)", r"math.sqrt(\1)", t)
    return float(eval(t, {"math": math}))


def _deg(d: int, st: str, rad: bool) -> str:
    if not rad:
        return f"{d}°"
    v = sp.Rational(d, 180)
    num = "" if abs(v.p) == 1 else str(abs(v.p))
    sign = "-" if v < 0 else ""
    tex = f"{sign}\\frac{{{num}\\pi}}{{{v.q}}}" if v.q != 1 else f"{sign}{num}\\pi"
    return _t(tex, st)


@family(S202, "special-angle-values")
def _a2_special(rng: random.Random) -> Problem:
    import math

    st = pick_style(rng)
    deg = rng.choice(list(_SPECIAL))
    fn_i = rng.randrange(3)
    fname = ("sin", "cos", "tan")[fn_i]
    rad = rng.random() < 0.4 and deg > 0
    ans = _SPECIAL[deg][fn_i]
    angle = _deg(deg, st, rad)
    arg = angle
    if deg < 0:
        arg = f"({arg})"
    shown = f"{fname} {arg}" if not rad else (f"{fname} {arg}" if st != "latex" else f"$\\{fname}$ {arg}")
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"삼각함수의 덧셈정리를 이용하여 {shown}의 {_end(rng, '값')}", f"{shown}의 {_end(rng, '값')}"])
        fmt = "computation"
    elif form == 1:
        p, q = rng.choice(_SPLIT[deg])
        op_ = "+" if q > 0 else "-"
        p_t, q_t = _deg(p, st, rad), _deg(abs(q), st, rad)
        text = (f"다음은 덧셈정리를 이용하여 {shown}의 값을 구하는 과정이다. □ 안에 알맞은 것을 써넣으시오.\n"
                f"{shown} = {fname}({p_t} {op_} {q_t}) = □ = □")
        fmt = "fill"
        pa, qa = f"{p}°", f"{abs(q)}°"
        if fname == "sin":
            exp_ = f"sin {pa} cos {qa} {op_} cos {pa} sin {qa}"
        elif fname == "cos":
            exp_ = f"cos {pa} cos {qa} {'-' if op_ == '+' else '+'} sin {pa} sin {qa}"
        else:
            exp_ = f"(tan {pa} {op_} tan {qa})/(1 {'-' if op_ == '+' else '+'} tan {pa} tan {qa})"
        ans = f"{exp_}, {ans}"
    else:
        wrong = [v for k, vals in _SPECIAL.items() for v in vals if v != ans]
        ch = choices(rng, ans, list(dict.fromkeys(wrong))[:8])
        text = with_choices(f"{shown}의 값은?{exam_points(rng, 2)}", ch)
        ans = ch.label
        fmt = "mcq"
        return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                       concepts=["덧셈정리", "sin x", "cos x", "tan x"], choice=ch,
                       check=lambda: abs(_ans_num(ch.options[ch.correct]) - getattr(math, fname)(math.radians(deg))) < 1e-9)
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["덧셈정리", "sin x", "cos x", "tan x"],
                   check=lambda: abs(_ans_num(ans.split(", ")[-1]) - getattr(math, fname)(math.radians(deg))) < 1e-9)


_TRIPLES = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25)]


def _angle_from(rng: random.Random) -> tuple[str, str, Fraction, Fraction, int]:
    """A random angle given by one ratio and its quadrant: (fname, value tex, sin, cos, quadrant)."""
    a, b, c = rng.choice(_TRIPLES)
    if rng.random() < 0.5:
        a, b = b, a
    quad = rng.choice([1, 1, 2, 3, 4])
    sx = 1 if quad in (1, 4) else -1
    sy = 1 if quad in (1, 2) else -1
    sin, cos = Fraction(sy * a, c), Fraction(sx * b, c)
    which = rng.choice(["sin", "cos", "tan"])
    val = {"sin": sin, "cos": cos, "tan": sin / cos}[which]
    return which, _qt(sp.Rational(val.numerator, val.denominator)), sin, cos, quad


_QUAD_TXT = {1: ("0", "\\frac{\\pi}{2}"), 2: ("\\frac{\\pi}{2}", "\\pi"), 3: ("\\pi", "\\frac{3}{2}\\pi"),
             4: ("\\frac{3}{2}\\pi", "2\\pi")}


@family(S202, "sum-from-given-ratios")
def _a2_given(rng: random.Random) -> Problem:
    import math

    st = pick_style(rng)
    f1, v1, s1, c1, q1 = _angle_from(rng)
    f2, v2, s2, c2, q2 = _angle_from(rng)
    target = rng.choice(["sin(α + β)", "sin(α - β)", "cos(α + β)", "cos(α - β)", "tan(α + β)", "tan(α - β)"])
    if target.startswith("sin"):
        val = s1 * c2 + c1 * s2 if "+" in target else s1 * c2 - c1 * s2
    elif target.startswith("cos"):
        val = c1 * c2 - s1 * s2 if "+" in target else c1 * c2 + s1 * s2
    else:
        t1, t2 = s1 / c1, s2 / c2
        den = 1 - t1 * t2 if "+" in target else 1 + t1 * t2
        if den == 0:
            target = "sin(α + β)"
            val = s1 * c2 + c1 * s2
        else:
            val = (t1 + t2) / den if "+" in target else (t1 - t2) / den
    lo1, hi1 = _QUAD_TXT[q1]
    lo2, hi2 = _QUAD_TXT[q2]
    cond = (f"{_t(_fa(f1, 'α', v1), st)} "
            f"({_t(_rng_tex(lo1, 'α', hi1), st)}), "
            f"{_t(_fa(f2, 'β', v2), st)} ({_t(_rng_tex(lo2, 'β', hi2), st)})")
    tt = target.replace("-", "−") if st == "unicode" else target
    text = rng.choice([f"{cond}일 때, {_t(tt, st) if st != 'latex' else _t(_trig_tex(target), st)}의 {_end(rng, '값')}",
                       f"두 각 α, β에 대하여 {cond}이다. {_t(_trig_tex(target), st)}의 {_end(rng, '값')}"])
    ans = sp.Rational(val.numerator, val.denominator)
    d = 3

    def chk() -> bool:
        al = math.atan2(float(s1), float(c1))
        be = math.atan2(float(s2), float(c2))
        fn = getattr(math, target[:3])
        arg = al + be if "+" in target else al - be
        return abs(fn(arg) - float(ans)) < 1e-9
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["덧셈정리", "sin x", "cos x", "tan x"], check=chk)


def _fa(f: str, ang: str, v: str) -> str:
    return f"\\{f} {ang} = {v}"


def _rng_tex(lo: str, ang: str, hi: str) -> str:
    return f"{lo} \\lt {ang} \\lt {hi}"


def _trig_tex(target: str) -> str:
    return "\\" + target.replace("(", "(").strip()


@family(S202, "tan-sum-from-roots")
def _a2_roots(rng: random.Random) -> Problem:
    import math

    st = pick_style(rng)
    while True:
        r1, r2 = rng.sample([R(1, 2), R(1, 3), 2, 3, R(-1, 2), -2, R(2, 3), R(3, 2), 4, R(1, 4), -3, R(-1, 3)], 2)
        r1, r2 = sp.Rational(r1), sp.Rational(r2)
        if r1 * r2 != 1:
            break
    p, q = r1 + r2, r1 * r2
    mult = sp.lcm(p.q, q.q)
    A, B, C = mult, -p * mult, q * mult
    eq = _poly([A, B, C], "x") + " = 0"
    ans = p / (1 - q)
    text = rng.choice([
        f"이차방정식 {_t(eq, st)}의 두 근이 {_t(_TA, st)}, {_t(_TB, st)}일 때, "
        f"{_t(_TAB, st)}의 {_end(rng, '값')}",
        f"x에 대한 이차방정식 {_t(eq, st)}의 두 근을 {_t(_TA, st)}, {_t(_TB, st)}라 하자. "
        f"{_t(_TAB, st)}의 {_end(rng, '값')}",
    ])
    d = 3

    def chk() -> bool:
        a1, a2 = math.atan(float(r1)), math.atan(float(r2))
        roots = sp.solve(A * X**2 + B * X + C, X)
        return abs(math.tan(a1 + a2) - float(ans)) < 1e-9 and set(roots) == {r1, r2}
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["덧셈정리", "tan x"], also=["10공수1-02-03"], check=chk)


_TA, _TB, _TAB = "\\tan α", "\\tan β", "\\tan(α + β)"


@family(S202, "angle-between-lines")
def _a2_lines(rng: random.Random) -> Problem:
    import math

    st = pick_style(rng)
    m1, m2 = rng.sample([R(1, 2), R(1, 3), 2, 3, -1, -2, R(-1, 2), R(1, 4), 4, -3, R(2, 3), 1, 5], 2)
    m1, m2 = sp.Rational(m1), sp.Rational(m2)
    if m1 * m2 == -1:
        m2 = m2 + 1
    b1, b2 = rng.randint(-4, 4), rng.randint(-4, 4)
    l1 = f"y = {_lin(m1, b1, 'x')}"
    l2 = f"y = {_lin(m2, b2, 'x')}"
    tanv = abs((m1 - m2) / (1 + m1 * m2))
    ask = rng.randrange(2)
    if tanv == 1:
        ask = 1
    if ask == 0:
        q = f"두 직선이 이루는 예각의 크기를 θ라 할 때, {_t(_TT, st)}의 {_end(rng, '값')}"
        ans = _q(tanv)
    else:
        q = f"두 직선이 이루는 예각의 크기를 θ라 할 때, {_t(_TT, st)}의 값과 θ가 45°보다 큰지 작은지를 {_end(rng, '쓰')}"
        ans = f"{_q(tanv)}, " + ("45°와 같다" if tanv == 1 else ("45°보다 크다" if tanv > 1 else "45°보다 작다"))
    text = f"두 직선 {_t(l1, st)}, {_t(l2, st)}에 대하여 {q}"
    d = 3

    def chk() -> bool:
        a = abs(math.atan(float(m1)) - math.atan(float(m2)))
        a = min(a, math.pi - a)
        return abs(math.tan(a) - float(tanv)) < 1e-9
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C",
                   concepts=["덧셈정리", "tan x"], check=chk)


_TT = "\\tan θ"


@family(S202, "double-angle")
def _a2_double(rng: random.Random) -> Problem:
    import math

    st = pick_style(rng)
    f1, v1, s1, c1, q1 = _angle_from(rng)
    lo, hi = _QUAD_TXT[q1]
    target = rng.choice(["sin", "cos", "tan"])
    if target == "sin":
        val = 2 * s1 * c1
    elif target == "cos":
        val = c1 * c1 - s1 * s1
    else:
        t = s1 / c1
        val = 2 * t / (1 - t * t)
    cond = f"{_t(_fa(f1, 'θ', v1), st)} ({_t(_rng_tex(lo, 'θ', hi), st)})"
    tt = f"\\{target} 2θ"
    text = rng.choice([
        f"{cond}일 때, {_t(tt, st)}의 {_end(rng, '값')}",
        f"덧셈정리를 이용하여 {cond}일 때의 {_t(tt, st)}의 값을 {_end(rng)}",
    ])
    ans = sp.Rational(val.numerator, val.denominator)
    d = 3

    def chk() -> bool:
        th = math.atan2(float(s1), float(c1))
        return abs(getattr(math, target)(2 * th) - float(ans)) < 1e-9
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["덧셈정리", "sin x", "cos x", "tan x"], check=chk)


@family(S202, "sec-csc-cot")
def _a2_reciprocal(rng: random.Random) -> Problem:
    import math

    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        f1, v1, s1, c1, q1 = _angle_from(rng)
        lo, hi = _QUAD_TXT[q1]
        which = rng.sample(["sec", "csc", "cot"], 2)
        vals = {"sec": 1 / c1, "csc": 1 / s1, "cot": c1 / s1}
        cond = f"{_t(_fa(f1, 'θ', v1), st)} ({_t(_rng_tex(lo, 'θ', hi), st)})"
        expr = f"\\{which[0]} θ + \\{which[1]} θ"
        val = vals[which[0]] + vals[which[1]]
        text = f"{cond}일 때, {_t(expr, st)}의 {_end(rng, '값')}"
        ans = _q(sp.Rational(val.numerator, val.denominator))
        th = math.atan2(float(s1), float(c1))
        fv = {"sec": 1 / math.cos(th), "csc": 1 / math.sin(th), "cot": math.cos(th) / math.sin(th)}
        target = fv[which[0]] + fv[which[1]]
        d = 3
    else:
        angs = rng.sample([("\\frac{\\pi}{3}", 60), ("\\frac{\\pi}{6}", 30), ("\\frac{\\pi}{4}", 45)], 3)
        fns = ["sec", "csc", "cot"]
        rng.shuffle(fns)
        terms = [f"\\{f} {a}" for f, (a, _) in zip(fns, angs, strict=True)]
        expr = " + ".join(terms[:2]) + " - " + terms[2]
        table = {("sec", 60): 2, ("sec", 30): 2 / math.sqrt(3), ("sec", 45): math.sqrt(2),
                 ("csc", 60): 2 / math.sqrt(3), ("csc", 30): 2, ("csc", 45): math.sqrt(2),
                 ("cot", 60): 1 / math.sqrt(3), ("cot", 30): math.sqrt(3), ("cot", 45): 1}
        exact = {("sec", 60): 2, ("sec", 30): 2 * sp.sqrt(3) / 3, ("sec", 45): sp.sqrt(2),
                 ("csc", 60): 2 * sp.sqrt(3) / 3, ("csc", 30): 2, ("csc", 45): sp.sqrt(2),
                 ("cot", 60): sp.sqrt(3) / 3, ("cot", 30): sp.sqrt(3), ("cot", 45): 1}
        keys = [(f, dgr) for f, (_, dgr) in zip(fns, angs, strict=True)]
        target = table[keys[0]] + table[keys[1]] - table[keys[2]]
        valx = sp.nsimplify(exact[keys[0]] + exact[keys[1]] - exact[keys[2]])
        ans = sp.sstr(sp.radsimp(valx)).replace("sqrt", "√").replace("*", "")
        ans = re.sub(r"√\((\d+)\)", r"√\1", ans)
        text = f"{_t(expr, st)}의 {_end(rng, '값')}"
        val = valx
        d = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["sec x", "csc x", "cot x"],
                   check=lambda: abs(float(sp.N(sp.sympify(str(val)) if kind else sp.Rational(val.numerator, val.denominator))) - target) < 1e-9)


_IDENTITIES = (
    ("\\sin(α + β)\\sin(α - β) = \\sin^{2} α - \\sin^{2} β", lambda a, b: math_sin(a + b) * math_sin(a - b) - (math_sin(a) ** 2 - math_sin(b) ** 2)),
    ("\\cos(α + β)\\cos(α - β) = \\cos^{2} α - \\sin^{2} β", lambda a, b: math_cos(a + b) * math_cos(a - b) - (math_cos(a) ** 2 - math_sin(b) ** 2)),
    ("\\tan\\left(\\frac{\\pi}{4} + α\\right) = \\frac{1 + \\tan α}{1 - \\tan α}", lambda a, b: math_tan(0.7853981633974483 + a) - (1 + math_tan(a)) / (1 - math_tan(a))),
    ("\\sin 2α = 2\\sin α \\cos α", lambda a, b: math_sin(2 * a) - 2 * math_sin(a) * math_cos(a)),
    ("\\cos 2α = 1 - 2\\sin^{2} α", lambda a, b: math_cos(2 * a) - (1 - 2 * math_sin(a) ** 2)),
    ("\\sin(α + β) + \\sin(α - β) = 2\\sin α \\cos β", lambda a, b: math_sin(a + b) + math_sin(a - b) - 2 * math_sin(a) * math_cos(b)),
    ("1 + \\tan^{2} α = \\sec^{2} α", lambda a, b: 1 + math_tan(a) ** 2 - 1 / math_cos(a) ** 2),
    ("1 + \\cot^{2} α = \\csc^{2} α", lambda a, b: 1 + (math_cos(a) / math_sin(a)) ** 2 - 1 / math_sin(a) ** 2),
)


def math_sin(v: float) -> float:
    import math
    return math.sin(v)


def math_cos(v: float) -> float:
    import math
    return math.cos(v)


def math_tan(v: float) -> float:
    import math
    return math.tan(v)


@family(S202, "prove-identity")
def _a2_prove(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    i = rng.randrange(len(_IDENTITIES))
    tex, fn = _IDENTITIES[i]
    text = rng.choice([
        f"삼각함수의 덧셈정리를 이용하여 다음 등식이 성립함을 증명하시오.\n{_t(tex, st)}",
        f"등식 {_jt(tex, st, '이/가')} 성립함을 덧셈정리를 이용하여 보이시오.",
        f"다음 등식이 항상 성립하는지 확인하고, 그 이유를 덧셈정리를 이용하여 설명하시오.\n{_t(tex, st)}",
    ])
    concepts = ["덧셈정리", "sin x", "cos x", "tan x"] + (["sec x"] if "sec" in tex else []) + (["csc x", "cot x"] if "csc" in tex else [])
    return Problem(text=text, answer=None, format="proof", difficulty=3, achievement_level="A" if i < 3 else "B",
                   concepts=concepts,
                   check=lambda: all(abs(fn(a, b)) < 1e-9 for a, b in ((0.3, 0.2), (1.1, -0.4), (-0.5, 0.9))))


@family(S202, "viewing-angle-word")
def _a2_view(rng: random.Random) -> Problem:
    import math

    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(2)
    if kind == 0:  # billboard from height h1 to h2 on a wall, observer at distance d (eye level 0)
        d_ = rng.choice([2, 3, 4, 5, 6, 8, 10])
        h1 = rng.randint(1, 6)
        h2 = h1 + rng.randint(1, 6)
        tanv = sp.Rational(d_ * (h2 - h1), d_ * d_ + h1 * h2)
        text = (f"벽에 걸린 그림의 아래쪽 끝은 눈높이보다 {h1} m, 위쪽 끝은 눈높이보다 {h2} m 높은 곳에 있다. 벽에서 {d_} m "
                f"떨어진 곳에서 이 그림을 볼 때, 그림의 아래쪽 끝과 위쪽 끝을 바라본 시선이 이루는 각의 크기를 θ라 하자. "
                f"{_t(_TT, st)}의 {_end(rng, '값')}")

        def chk() -> bool:
            return abs(math.tan(math.atan(h2 / d_) - math.atan(h1 / d_)) - float(tanv)) < 1e-9
    else:  # two points on the ground seen from the top of a tower of height h
        h = rng.choice([6, 10, 12, 20])
        a, b = sorted(rng.sample([3, 4, 5, 6, 8, 10, 12, 15, 20, 30], 2))
        tanv = sp.Rational(h * (b - a), h * h + a * b)
        text = (f"높이가 {h} m인 탑의 꼭대기에서 탑의 밑에서 각각 {a} m, {b} m 떨어진 지면 위의 두 지점 A, B를 내려다보았다. "
                f"두 지점 A, B를 바라본 시선이 이루는 각의 크기를 θ라 할 때, {_t(_TT, st)}의 {_end(rng, '값')} "
                f"(단, A, B와 탑의 밑은 한 직선 위에 있고, A, B는 탑의 같은 쪽에 있다.)")

        def chk() -> bool:
            return abs(math.tan(math.atan(b / h) - math.atan(a / h)) - float(tanv)) < 1e-9
    return Problem(text=text, answer=_q(tanv), format="word", difficulty=4, achievement_level="B",
                   concepts=["덧셈정리", "tan x"], check=chk)


_ID_STMTS = (
    ("\\sin(α + β) = \\sin α + \\sin β", lambda a, b: math_sin(a + b) - math_sin(a) - math_sin(b)),
    ("\\cos(α - β) = \\cos α \\cos β + \\sin α \\sin β", lambda a, b: math_cos(a - b) - math_cos(a) * math_cos(b) - math_sin(a) * math_sin(b)),
    ("\\cos(α + β) = \\cos α \\cos β + \\sin α \\sin β", lambda a, b: math_cos(a + b) - math_cos(a) * math_cos(b) - math_sin(a) * math_sin(b)),
    ("\\tan(α - β) = \\frac{\\tan α - \\tan β}{1 + \\tan α \\tan β}", lambda a, b: math_tan(a - b) - (math_tan(a) - math_tan(b)) / (1 + math_tan(a) * math_tan(b))),
    ("\\sin 2α = 2\\sin α", lambda a, b: math_sin(2 * a) - 2 * math_sin(a)),
    ("\\cos 2α = \\cos^{2} α - \\sin^{2} α", lambda a, b: math_cos(2 * a) - math_cos(a) ** 2 + math_sin(a) ** 2),
    ("\\sec α = \\frac{1}{\\sin α}", lambda a, b: 1 / math_cos(a) - 1 / math_sin(a)),
    ("\\cot α = \\frac{\\cos α}{\\sin α}", lambda a, b: (math_cos(a) / math_sin(a)) - math_cos(a) / math_sin(a)),
    ("\\sin(α - β) = \\sin α \\cos β - \\cos α \\sin β", lambda a, b: math_sin(a - b) - math_sin(a) * math_cos(b) + math_cos(a) * math_sin(b)),
)
_ID_KNOWN = (False, True, False, True, False, True, False, True, True)


@family(S202, "bogi-identities")
def _a2_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    picks = rng.sample(range(len(_ID_STMTS)), 3)
    if not any(_ID_KNOWN[i] for i in picks):
        picks[0] = 1
    stmts = [(_t(_ID_STMTS[i][0], st), _ID_KNOWN[i]) for i in picks]
    block, ch = bogi(rng, stmts)
    d = 2
    text = f"임의의 두 각 α, β에 대하여 항상 성립하는 등식만을 <보기>에서 있는 대로 고른 것은?{exam_points(rng, d)}\n{block}\n{ch.block}"

    def holds(i: int) -> bool:
        return all(abs(_ID_STMTS[i][1](a, b)) < 1e-9 for a, b in ((0.3, 0.2), (1.1, -0.4), (-0.5, 0.9)))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="D",
                   concepts=["덧셈정리", "sin x", "cos x", "tan x"], choice=ch,
                   check=lambda: all(holds(i) == _ID_KNOWN[i] for i in picks))


# ================================================================================================
# 12미적Ⅱ-02-03 삼각함수의 극한과 sin, cos의 미분
# ================================================================================================
def _cx(c: int, v: str = "x") -> str:
    return v if c == 1 else f"{c}{v}"


@family(S203, "sin-x-over-x-limits")
def _t3_basic(rng: random.Random) -> Problem:
    import mpmath

    st = pick_style(rng)
    a, b = rng.randint(1, 6), rng.randint(1, 6)
    kind = rng.randrange(5)
    if kind == 0:
        ex = f"\\lim_{{x \\to 0}} \\frac{{\\sin {_cx(a)}}}{{{_cx(b)}}}"
        ans = sp.Rational(a, b)

        def fn(v):
            return mpmath.sin(a * v) / (b * v)
    elif kind == 1:
        ex = f"\\lim_{{x \\to 0}} \\frac{{\\tan {_cx(a)}}}{{{_cx(b)}}}"
        ans = sp.Rational(a, b)

        def fn(v):
            return mpmath.tan(a * v) / (b * v)
    elif kind == 2:
        if a == b:
            b += 1
        ex = f"\\lim_{{x \\to 0}} \\frac{{\\sin {_cx(a)}}}{{\\sin {_cx(b)}}}"
        ans = sp.Rational(a, b)

        def fn(v):
            return mpmath.sin(a * v) / mpmath.sin(b * v)
    elif kind == 3:
        ex = f"\\lim_{{x \\to 0}} \\frac{{\\sin {_cx(a)}}}{{\\tan {_cx(b)}}}"
        ans = sp.Rational(a, b)

        def fn(v):
            return mpmath.sin(a * v) / mpmath.tan(b * v)
    else:
        b = b + 1 if a == b else b
        ex = f"\\lim_{{x \\to 0}} \\frac{{{_cx(b)}}}{{\\sin {_cx(a)}}}"
        ans = sp.Rational(b, a)

        def fn(v):
            return b * v / mpmath.sin(a * v)
    d = 2
    target = float(ans)
    if rng.random() < 0.4:
        ch = _numopts(rng, ans, [sp.Rational(b, a), a * b, 1, 0, ans + 1], st)
        return Problem(text=with_choices(f"{_t(ex, st)}의 값은?{exam_points(rng, d)}", ch), answer=ch.label, format="mcq",
                       difficulty=d, achievement_level="D", concepts=["sin x", "tan x", "극한(값)"], choice=ch,
                       check=lambda: _num_limit(fn, "0", target))
    text = rng.choice([f"{_t(ex, st)}의 {_end(rng, '값')}", f"다음 극한값을 {_end(rng)}\n{_t(ex, st)}"])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="D",
                   concepts=["sin x", "tan x", "극한(값)"], check=lambda: _num_limit(fn, "0", target))


@family(S203, "one-minus-cos-limits")
def _t3_cos(rng: random.Random) -> Problem:
    import mpmath

    st = pick_style(rng)
    a = rng.randint(1, 4)
    b = rng.randint(1, 4)
    kind = rng.randrange(3)
    if kind == 0:
        ex = f"\\lim_{{x \\to 0}} \\frac{{1 - \\cos {_cx(a)}}}{{{'' if b == 1 else b}x^{{2}}}}"
        ans = sp.Rational(a * a, 2 * b)

        def fn(v):
            return (1 - mpmath.cos(a * v)) / (b * v * v)
    elif kind == 1:
        ex = f"\\lim_{{x \\to 0}} \\frac{{1 - \\cos {_cx(a)}}}{{x\\sin {_cx(b)}}}"
        ans = sp.Rational(a * a, 2 * b)

        def fn(v):
            return (1 - mpmath.cos(a * v)) / (v * mpmath.sin(b * v))
    else:
        ex = f"\\lim_{{x \\to 0}} \\frac{{\\sin^{{2}} {_cx(a)}}}{{1 - \\cos x}}"
        ans = sp.Integer(2 * a * a)

        def fn(v):
            return mpmath.sin(a * v) ** 2 / (1 - mpmath.cos(v))
    d = 3
    text = rng.choice([f"{_t(ex, st)}의 {_end(rng, '값')}", f"다음 극한값을 {_end(rng)}\n{_t(ex, st)}",
                       f"{_t(ex, st)}의 값을 구하시오. (힌트: 분자와 분모에 적당한 식을 곱해 보자.)"])
    target = float(ans)
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["sin x", "cos x", "극한(값)"], check=lambda: _num_limit(fn, "0", target))


@family(S203, "shifted-trig-limit")
def _t3_shift(rng: random.Random) -> Problem:
    import mpmath

    st = pick_style(rng)
    kind = rng.randrange(3)
    c = rng.randint(1, 3)
    if kind == 0:
        ex = (f"\\lim_{{x \\to \\pi}} \\frac{{\\sin x}}{{{c}(x - \\pi)}}" if c > 1 else
              "\\lim_{x \\to \\pi} \\frac{\\sin x}{x - \\pi}")
        ans = sp.Rational(-1, c)

        def fn(h):
            return mpmath.sin(mpmath.pi + h) / (c * h)
    elif kind == 1:
        ex = f"\\lim_{{x \\to \\pi/2}} \\frac{{\\cos x}}{{{c}\\left(x - \\frac{{\\pi}}{{2}}\\right)}}" if c > 1 else \
            "\\lim_{x \\to \\pi/2} \\frac{\\cos x}{x - \\frac{\\pi}{2}}"
        ans = sp.Rational(-1, c)

        def fn(h):
            return mpmath.cos(mpmath.pi / 2 + h) / (c * h)
    else:
        ex = f"\\lim_{{x \\to \\infty}} {'' if c == 1 else c}x\\sin \\frac{{1}}{{x}}"
        ans = sp.Integer(c)

        def fn(v):
            return c * v * mpmath.sin(1 / v)
    d = 3
    text = rng.choice([f"{_t(ex, st)}의 {_end(rng, '값')}", f"치환을 이용하여 {_t(ex, st)}의 {_end(rng, '값')}"])
    target = float(ans)
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["sin x", "cos x", "극한(값)"],
                   check=lambda: _num_limit(fn, "inf" if kind == 2 else "0", target))


def _trigterm(rng: random.Random) -> tuple[str, sp.Expr, sp.Expr]:
    c = _nz(rng, -4, 5)
    cc = "" if c == 1 else ("-" if c == -1 else str(c))
    kind = rng.randrange(4)
    if kind == 0:
        return f"{cc}\\sin x", c * sp.sin(X), c * sp.cos(X)
    if kind == 1:
        return f"{cc}\\cos x", c * sp.cos(X), -c * sp.sin(X)
    if kind == 2:
        return f"{cc}x", c * X, sp.Integer(c)
    return f"{cc}x^{{2}}", c * X**2, 2 * c * X


_TRIG_PRODS = (
    ("x\\sin x", X * sp.sin(X), sp.sin(X) + X * sp.cos(X), "\\sin x + x\\cos x"),
    ("x\\cos x", X * sp.cos(X), sp.cos(X) - X * sp.sin(X), "\\cos x - x\\sin x"),
    ("\\sin x\\cos x", sp.sin(X) * sp.cos(X), sp.cos(X) ** 2 - sp.sin(X) ** 2, "\\cos^{2} x - \\sin^{2} x"),
    ("e^{x}\\sin x", sp.exp(X) * sp.sin(X), sp.exp(X) * (sp.sin(X) + sp.cos(X)), "e^{x}(\\sin x + \\cos x)"),
    ("e^{x}\\cos x", sp.exp(X) * sp.cos(X), sp.exp(X) * (sp.cos(X) - sp.sin(X)), "e^{x}(\\cos x - \\sin x)"),
    ("x^{2}\\sin x", X**2 * sp.sin(X), 2 * X * sp.sin(X) + X**2 * sp.cos(X), "2x\\sin x + x^{2}\\cos x"),
    ("\\sin^{2} x", sp.sin(X) ** 2, 2 * sp.sin(X) * sp.cos(X), "2\\sin x\\cos x"),
)
_ANGLES = (("\\frac{\\pi}{6}", sp.pi / 6), ("\\frac{\\pi}{4}", sp.pi / 4), ("\\frac{\\pi}{3}", sp.pi / 3),
           ("\\frac{\\pi}{2}", sp.pi / 2), ("\\pi", sp.pi), ("0", sp.Integer(0)))


@family(S203, "derivative-sin-cos")
def _t3_deriv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g"])
    kind = rng.randrange(2)
    if kind == 0:
        terms, seen = [], set()
        while len(terms) < 2:
            t = _trigterm(rng)
            key = t[0].lstrip("-0123456789")
            if key not in seen:
                seen.add(key)
                terms.append(t)
        body = _join_terms([t[0] for t in terms])
        f, fp = sum(t[1] for t in terms), sum(t[2] for t in terms)
        fptex = None
    else:
        body, f, fp, fptex = rng.choice(_TRIG_PRODS)
    ftex = f"{fn}(x) = {body}"
    ang_t, ang = rng.choice(_ANGLES)
    form = rng.randrange(2) if fptex else 1
    if form == 0:
        text = rng.choice([f"함수 {_jt(ftex, st, '을/를')} 미분하시오.", f"함수 {_t(ftex, st)}의 도함수를 {_end(rng)}"])
        ans = f"{fn}′(x) = {_t(fptex, 'unicode')}"
    else:
        text = rng.choice([
            f"함수 {_t(ftex, st)}에 대하여 {_t(fn + chr(39) + '(' + ang_t + ')', st)}의 {_end(rng, '값')}",
            f"곡선 {_t('y = ' + body, st)} 위의 x좌표가 {_jt(ang_t, st, '인/인').replace('인/인', '인')} 점에서의 "
            f"접선의 기울기를 {_end(rng)}",
        ])
        ans = _ans_expr(sp.nsimplify(sp.expand(fp.subs(X, ang))))
    d = 2 if kind == 0 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["sin x", "cos x", "도함수"],
                   check=lambda: _nderiv_ok(f, fp))


@family(S203, "trig-limit-as-derivative")
def _t3_defn(rng: random.Random) -> Problem:
    import mpmath

    st = pick_style(rng)
    ang_t, ang = rng.choice(_ANGLES[:5])
    fname = rng.choice(["sin", "cos"])
    m = rng.choice([1, 1, 2, 3])
    mm = "" if m == 1 else str(m)
    ex = f"\\lim_{{h \\to 0}} \\frac{{\\{fname}\\left({ang_t} + {mm}h\\right) - \\{fname} {ang_t}}}{{h}}"
    val = m * (sp.cos(ang) if fname == "sin" else -sp.sin(ang))
    f_mp = mpmath.sin if fname == "sin" else mpmath.cos

    def fn(h):
        with mpmath.workdps(50):
            a_ = mpmath.pi * sp.Rational(ang / sp.pi).p / sp.Rational(ang / sp.pi).q
            return (f_mp(a_ + m * h) - f_mp(a_)) / h
    text = rng.choice([f"{_t(ex, st)}의 {_end(rng, '값')}",
                       f"미분계수의 정의와 삼각함수의 도함수를 이용하여 {_t(ex, st)}의 {_end(rng, '값')}"])
    target = float(val)
    return Problem(text=text, answer=_ans_expr(sp.nsimplify(val)), format="computation", difficulty=3,
                   achievement_level="C", concepts=["sin x", "cos x", "미분계수"], also=["12미적Ⅰ-02-01"],
                   check=lambda: _num_limit(fn, "0", target))


@family(S203, "sector-geometry-limit")
def _t3_sector(rng: random.Random) -> Problem:
    import mpmath

    st = pick_style(rng, (0.4, 0.4, 0.2))
    r = rng.randint(1, 6)
    kind = rng.randrange(4)
    if kind == 3:  # (sector − triangle) / θ³ → r²/12
        text = (f"반지름의 길이가 {r}인 원 O 위의 두 점 A, B에 대하여 ∠AOB = θ일 때, 부채꼴 OAB의 넓이에서 삼각형 OAB의 "
                f"넓이를 뺀 값(활꼴의 넓이)을 g(θ)라 하자. {_t(_LIMG3, st)}의 {_end(rng, '값')} (단, 0 < θ < π)")
        ans = sp.Rational(r * r, 12)

        def fn(t):
            return r * r * (t - mpmath.sin(t)) / 2 / t**3
    elif kind == 0:  # chord / arc
        text = (f"반지름의 길이가 {r}이고 중심각의 크기가 θ인 부채꼴에서 호의 길이를 l(θ), 현의 길이를 c(θ)라 할 때, "
                f"{_t(_LIMCL, st)}의 {_end(rng, '값')}")
        ans = sp.Integer(1)

        def fn(t):
            return 2 * r * mpmath.sin(t / 2) / (r * t)
    elif kind == 1:  # triangle OAB area / sector area
        text = (f"반지름의 길이가 {r}인 원 O 위의 두 점 A, B에 대하여 ∠AOB = θ라 하자. 삼각형 OAB의 넓이를 S(θ), "
                f"부채꼴 OAB의 넓이를 T(θ)라 할 때, {_t(_LIMST, st)}의 {_end(rng, '값')} (단, 0 < θ < π)")
        ans = sp.Integer(1)

        def fn(t):
            return (r * r * mpmath.sin(t) / 2) / (r * r * t / 2)
    else:  # tangent segment: A on circle, tangent at A meets OB extended at P; AP = r tan θ ; lim AP/θ = r
        text = (f"반지름의 길이가 {r}인 원 O 위의 점 A에서 그은 접선과 반직선 OB가 만나는 점을 P라 하자. "
                f"∠AOP = θ일 때, 선분 AP의 길이를 f(θ)라 하면 {_t(_LIMF, st)}의 {_end(rng, '값')} "
                f"(단, 0 < θ < π/2)")
        ans = sp.Integer(r)

        def fn(t):
            return r * mpmath.tan(t) / t
    target = float(ans)
    return Problem(text=text, answer=_q(ans), format="word", difficulty=5 if kind == 3 else 4,
                   achievement_level="A" if kind == 3 else "B", concepts=["sin x", "tan x", "극한(값)"],
                   check=lambda: _num_limit(lambda v: fn(abs(v)), "0", target))


_LIMCL = "\\lim_{θ \\to 0+} \\frac{c(θ)}{l(θ)}"
_LIMG3 = "\\lim_{θ \\to 0+} \\frac{g(θ)}{θ^{3}}"
_LIMST = "\\lim_{θ \\to 0+} \\frac{S(θ)}{T(θ)}"
_LIMF = "\\lim_{θ \\to 0+} \\frac{f(θ)}{θ}"


@family(S203, "find-constant-trig-limit")
def _t3_const(rng: random.Random) -> Problem:
    import mpmath

    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:  # lim (1 - cos ax)/(x sin x) = a^2/2 = L, a > 0
        a = rng.choice([2, 4, 6])
        L = sp.Rational(a * a, 2)
        ex = f"\\lim_{{x \\to 0}} \\frac{{1 - \\cos ax}}{{x\\sin x}} = {_qt(L)}"
        ans, note = a, "양수 a의 값"

        def fn(v):
            return (1 - mpmath.cos(a * v)) / (v * mpmath.sin(v))
    elif kind == 1:  # lim sin(ax)/(x^2 + bx) ... = a/b = L ; given b, find a
        b, a = rng.randint(1, 5), rng.randint(1, 9)
        L = sp.Rational(a, b)
        ex = f"\\lim_{{x \\to 0}} \\frac{{\\sin ax}}{{x^{{2}} + {b}x}} = {_qt(L)}"
        ans, note = a, "상수 a의 값"

        def fn(v):
            return mpmath.sin(a * v) / (v * v + b * v)
    else:  # lim (a x + b sin x)/x^? : lim (ax + sin bx)/x = L (b given)
        b, a = rng.randint(1, 4), rng.randint(-3, 6)
        L = sp.Integer(a + b)
        ex = f"\\lim_{{x \\to 0}} \\frac{{ax + \\sin {_cx(b)}}}{{x}} = {L}"
        ans, note = a, "상수 a의 값"

        def fn(v):
            return (a * v + mpmath.sin(b * v)) / v
    d = 3
    text = rng.choice([f"{_jt(ex, st, '이/가')} 성립할 때, {note}을 {_end(rng)}{exam_points(rng, d)}",
                       f"{_t(ex, st)}일 때, {note}을 {_end(rng)}"])
    target = float(L)
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["sin x", "cos x", "극한(값)"], check=lambda: _num_limit(fn, "0", target))


_TRIG_STMTS = (
    ("\\lim_{x \\to 0} \\frac{\\sin x}{x} = 1", lambda: _num_limit(lambda v: _mps(v) / v, "0", 1.0), True),
    ("\\lim_{x \\to \\infty} \\frac{\\sin x}{x} = 1", lambda: False, False),
    ("\\lim_{x \\to 0} \\frac{1 - \\cos x}{x} = 0", lambda: _num_limit(lambda v: (1 - _mpc(v)) / v, "0", 0.0), True),
    ("\\lim_{x \\to 0} \\frac{\\tan x}{x} = 1", lambda: _num_limit(lambda v: _mpt(v) / v, "0", 1.0), True),
    ("함수 y = \\sin x의 도함수는 y' = -\\cos x이다.", lambda: _nderiv_ok(sp.sin(X), -sp.cos(X)), False),
    ("함수 y = \\cos x의 도함수는 y' = -\\sin x이다.", lambda: _nderiv_ok(sp.cos(X), -sp.sin(X)), True),
    ("함수 y = x\\sin x의 도함수는 y' = \\cos x이다.", lambda: _nderiv_ok(X * sp.sin(X), sp.cos(X)), False),
    ("곡선 y = \\sin x 위의 점 (0, 0)에서의 접선의 기울기는 1이다.", lambda: _nderiv_ok(sp.sin(X), sp.cos(X)), True),
    ("\\lim_{x \\to 0} \\frac{\\sin 2x}{x} = \\frac{1}{2}", lambda: _num_limit(lambda v: _mps(2 * v) / v, "0", 0.5), False),
    ("함수 y = \\sin x + \\cos x의 도함수는 y' = \\cos x - \\sin x이다.",
     lambda: _nderiv_ok(sp.sin(X) + sp.cos(X), sp.cos(X) - sp.sin(X)), True),
)


def _mps(v):
    import mpmath
    return mpmath.sin(v)


def _mpc(v):
    import mpmath
    return mpmath.cos(v)


def _mpt(v):
    import mpmath
    return mpmath.tan(v)


@family(S203, "bogi-trig-limits")
def _t3_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    picks = rng.sample(range(len(_TRIG_STMTS)), 3)
    if not any(_TRIG_STMTS[i][2] for i in picks):
        picks[0] = 0 if 0 not in picks else 3
    stmts = []
    for i in picks:
        raw = _TRIG_STMTS[i][0]
        stmts.append((_mixed(raw, st) if re.search("[가-힣]", raw) else _t(raw, st), _TRIG_STMTS[i][2]))
    block, ch = bogi(rng, stmts)
    d = 3
    text = f"{bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"

    def chk() -> bool:
        import mpmath
        for i in picks:
            if i == 1:  # sin x / x → 0 as x → ∞, not 1
                ok = abs(float(mpmath.sin(10**9) / 10**9)) < 1e-6
                if not ok:
                    return False
                continue
            if _TRIG_STMTS[i][1]() != _TRIG_STMTS[i][2]:
                return False
        return True
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["sin x", "cos x", "극한(값)", "도함수"], choice=ch, check=chk)


@family(S203, "derive-sin-cos-derivative")
def _t3_proof(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    which = rng.choice(["sin", "cos"])
    res = "\\cos x" if which == "sin" else "-\\sin x"
    form = rng.randrange(2)
    if form == 0:
        text = (f"삼각함수의 덧셈정리와 {_t(_L_SIN, st)}, "
                f"{_t(_L_COS, st)}임을 이용하여 함수 {_t(_yfx(which), st)}의 "
                f"도함수가 {_t('y' + chr(39) + ' = ' + res, st)}임을 증명하시오.")
        return Problem(text=text, answer=None, format="proof", difficulty=4, achievement_level="A",
                       concepts=["덧셈정리", "sin x", "cos x", "도함수"], also=["12미적Ⅱ-02-02"],
                       check=lambda: _nderiv_ok(sp.sin(X) if which == "sin" else sp.cos(X),
                                                sp.cos(X) if which == "sin" else -sp.sin(X)))
    chain = (f"(\\{which} x)' = \\lim_{{h \\to 0}} \\frac{{\\{which}(x + h) - \\{which} x}}{{h}} = "
             + ("\\lim_{h \\to 0} \\left\\{\\cos x \\cdot \\frac{\\sin h}{h} - \\sin x \\cdot \\frac{(가)}{h}\\right\\} = (나)"
                if which == "sin" else
                "\\lim_{h \\to 0} \\left\\{-\\cos x \\cdot \\frac{(가)}{h} - \\sin x \\cdot \\frac{\\sin h}{h}\\right\\} = (나)"))
    text = (f"다음은 함수 {_t(_yfx(which), st)}의 도함수를 구하는 과정이다. (가), (나)에 알맞은 것을 쓰시오.\n{_t(chain, st)}")
    ans = f"(가) 1 − cos h, (나) {'cos x' if which == 'sin' else '−sin x'}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["덧셈정리", "sin x", "cos x", "도함수"],
                   check=lambda: _nderiv_ok(sp.sin(X) if which == "sin" else sp.cos(X),
                                            sp.cos(X) if which == "sin" else -sp.sin(X)))


_L_SIN = "\\lim_{h \\to 0} \\frac{\\sin h}{h} = 1"
_L_COS = "\\lim_{h \\to 0} \\frac{1 - \\cos h}{h} = 0"


def _yfx(which: str) -> str:
    return f"y = \\{which} x"


# ================================================================================================
# 12미적Ⅱ-02-04 함수의 몫의 미분
# ================================================================================================
def _val_ans(v: sp.Expr) -> str:
    return _ans_expr(sp.nsimplify(sp.expand(v))) if not v.is_Rational else _q(v)


@family(S204, "linear-over-linear")
def _q4_linear(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _nz(rng, -4, 5), rng.randint(-5, 5)
    c, d_ = rng.randint(1, 4), _nz(rng, -5, 5)
    if a * d_ == b * c:
        b += 1
    fn = rng.choice(["f", "g"])
    ftex = f"{fn}(x) = \\frac{{{_lin(a, b, 'x')}}}{{{_lin(c, d_, 'x')}}}"
    f = (a * X + b) / (c * X + d_)
    fp = sp.Rational(a * d_ - b * c) / (c * X + d_) ** 2
    x0 = rng.choice([v for v in range(-2, 4) if c * v + d_ != 0])
    val = fp.subs(X, x0)
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"함수 {_t(ftex, st)}에 대하여 {_t(fn + chr(39) + f'({x0})', st)}의 {_end(rng, '값')}",
                           f"함수 {_t(ftex, st)}의 x = {x0}에서의 미분계수를 {_end(rng)}"])
        ans, fmt = _q(val), "computation"
        ch = None
    elif form == 1:
        text = rng.choice([f"함수 {_jt(ftex, st, '을/를')} 미분하시오.", f"함수 {_t(ftex, st)}의 도함수를 {_end(rng)}"])
        ans, fmt, ch = f"{fn}′(x) = {a * d_ - b * c}/({_t(_lin(c, d_, 'x'), 'unicode')})²", "computation", None
    else:
        wrongs = [sp.Rational(a, c), sp.Rational(b * c - a * d_) / (c * x0 + d_) ** 2, val * 2, -val,
                  sp.Rational(a * d_ + b * c) / (c * x0 + d_) ** 2, val + 1]
        ch = _numopts(rng, val, wrongs, st)
        text = with_choices(f"함수 {_t(ftex, st)}에 대하여 {_t(fn + chr(39) + f'({x0})', st)}의 값은?{exam_points(rng, 2)}", ch)
        ans, fmt = ch.label, "mcq"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["도함수", "f′(x)"], choice=ch, check=lambda: _nderiv_ok(f, fp))


_QUOTS = (
    ("\\frac{e^{x}}{x}", sp.exp(X) / X, sp.exp(X) * (X - 1) / X**2, "\\frac{(x - 1)e^{x}}{x^{2}}"),
    ("\\frac{x}{e^{x}}", X / sp.exp(X), (1 - X) / sp.exp(X), "\\frac{1 - x}{e^{x}}"),
    ("\\frac{\\ln x}{x}", sp.log(X) / X, (1 - sp.log(X)) / X**2, "\\frac{1 - \\ln x}{x^{2}}"),
    ("\\frac{\\sin x}{x}", sp.sin(X) / X, (X * sp.cos(X) - sp.sin(X)) / X**2, "\\frac{x\\cos x - \\sin x}{x^{2}}"),
    ("\\frac{x}{\\ln x}", X / sp.log(X), (sp.log(X) - 1) / sp.log(X) ** 2, "\\frac{\\ln x - 1}{(\\ln x)^{2}}"),
    ("\\frac{\\cos x}{1 + \\sin x}", sp.cos(X) / (1 + sp.sin(X)), -1 / (1 + sp.sin(X)), "-\\frac{1}{1 + \\sin x}"),
    ("\\frac{e^{x}}{e^{x} + 1}", sp.exp(X) / (sp.exp(X) + 1), sp.exp(X) / (sp.exp(X) + 1) ** 2, "\\frac{e^{x}}{(e^{x} + 1)^{2}}"),
    ("\\frac{x^{2}}{x + 1}", X**2 / (X + 1), (X**2 + 2 * X) / (X + 1) ** 2, "\\frac{x^{2} + 2x}{(x + 1)^{2}}"),
)


@family(S204, "quotient-exp-log-trig")
def _q4_mixed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    body, f, fp, fptex = rng.choice(_QUOTS)
    fn = rng.choice(["f", "g", "h"])
    ftex = f"{fn}(x) = {body}"
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([f"함수 {_jt(ftex, st, '을/를')} 미분하시오.", f"함수 {_t(ftex, st)}의 도함수를 {_end(rng)}",
                           f"몫의 미분법을 이용하여 {_t(ftex, st)}의 도함수를 {_end(rng)}"])
        ans = f"{fn}′(x) = {_t(fptex, 'unicode')}"
    else:
        pts = [p for p in (sp.Integer(1), sp.Integer(2), sp.E, sp.pi / 2, sp.pi) if f.subs(X, p).is_finite
               and (1 + sp.sin(p)) != 0 and (p != 1 or ("ln x}{" not in body and "{\\ln x}" not in body))]
        if "\\ln x}" in body or "{\\ln x" in body:
            pts = [sp.E, sp.E**2] if "frac{x}{\\ln x}" in body else [sp.Integer(1), sp.E]
        elif "sin" in body or "cos" in body:
            pts = [sp.pi / 2, sp.pi] if "sin x}{x}" in body else [sp.Integer(0), sp.pi / 2]
        x0 = rng.choice(pts)
        x0t = {sp.E: "e", sp.E**2: "e^{2}", sp.pi / 2: "\\frac{\\pi}{2}", sp.pi: "\\pi"}.get(x0, str(x0))
        text = f"함수 {_t(ftex, st)}에 대하여 {_t(fn + chr(39) + '(' + x0t + ')', st)}의 {_end(rng, '값')}"
        ans = _ans_expr(sp.simplify(fp.subs(X, x0)))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["e", "eˣ", "ln x", "도함수"], check=lambda: _nderiv_ok(f, fp))


_TRIG_RECIP = {
    "tan": (sp.tan(X), 1 / sp.cos(X) ** 2, "\\sec^{2} x"),
    "sec": (1 / sp.cos(X), sp.sin(X) / sp.cos(X) ** 2, "\\sec x\\tan x"),
    "csc": (1 / sp.sin(X), -sp.cos(X) / sp.sin(X) ** 2, "-\\csc x\\cot x"),
    "cot": (sp.cos(X) / sp.sin(X), -1 / sp.sin(X) ** 2, "-\\csc^{2} x"),
}


@family(S204, "tan-sec-csc-cot-derivative")
def _q4_trig(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    fn = rng.choice(["f", "g"])
    if kind == 0:  # derive one of them by the quotient rule
        name_ = rng.choice(list(_TRIG_RECIP))
        f, fp, res = _TRIG_RECIP[name_]
        base = {"tan": "\\frac{\\sin x}{\\cos x}", "sec": "\\frac{1}{\\cos x}", "csc": "\\frac{1}{\\sin x}",
                "cot": "\\frac{\\cos x}{\\sin x}"}[name_]
        text = rng.choice([
            f"{_t(_eq_tex(name_, base), st)}임을 이용하여 함수 "
            f"{_t(_yfx(name_), st)}의 도함수를 구하시오.",
            f"몫의 미분법을 이용하여 {_t(_dfx(name_), st)} = {_t(res, st)}임을 보이시오.",
        ])
        ans = f"y′ = {_t(res, 'unicode')}"
        fmt, d = ("computation" if "도함수를" in text else "proof"), 3
    else:
        c1, c2 = _nz(rng, -3, 4), _nz(rng, -3, 3)
        n1, n2 = rng.sample(list(_TRIG_RECIP), 2)
        cc1 = "" if c1 == 1 else ("-" if c1 == -1 else str(c1))
        cc2 = "" if abs(c2) == 1 else str(abs(c2))
        body = f"{cc1}\\{n1} x {'+' if c2 > 0 else '-'} {cc2}\\{n2} x"
        f = c1 * _TRIG_RECIP[n1][0] + c2 * _TRIG_RECIP[n2][0]
        fp = c1 * _TRIG_RECIP[n1][1] + c2 * _TRIG_RECIP[n2][1]
        angs = [("\\frac{\\pi}{4}", sp.pi / 4), ("\\frac{\\pi}{3}", sp.pi / 3), ("\\frac{\\pi}{6}", sp.pi / 6)]
        if "csc" not in (n1, n2) and "cot" not in (n1, n2):
            angs.append(("0", sp.Integer(0)))
        at, av = rng.choice(angs)
        text = f"함수 {_t(fn + '(x) = ' + body, st)}에 대하여 {_t(fn + chr(39) + '(' + at + ')', st)}의 {_end(rng, '값')}"
        ans = _ans_expr(sp.nsimplify(sp.radsimp(fp.subs(X, av))))
        fmt, d = "computation", 3
    concepts = ["sec x", "csc x", "cot x", "tan x", "도함수"]
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C" if fmt != "proof" else "B",
                   concepts=concepts, check=lambda: _nderiv_ok(f, fp, pts=(sp.Rational(1, 3), sp.Rational(7, 5))))


def _eq_tex(name_: str, base: str) -> str:
    return f"\\{name_} x = {base}"


def _dfx(name_: str) -> str:
    return f"(\\{name_} x)'"


@family(S204, "reciprocal-function")
def _q4_recip(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    fn = rng.choice(["f", "g"])
    if kind == 0:  # c / (x^2 + k)
        c, k = _nz(rng, -4, 6), rng.randint(1, 5)
        body = f"{'-' if c < 0 else ''}\\frac{{{abs(c)}}}{{x^{{2}} + {k}}}"
        f = sp.Integer(c) / (X**2 + k)
        fp = -2 * c * X / (X**2 + k) ** 2
    elif kind == 1:  # x^{-n} style: c/x^n
        c, n = _nz(rng, -4, 6), rng.randint(1, 4)
        body = (f"{'-' if c < 0 else ''}\\frac{{{abs(c)}}}{{x^{{{n}}}}}" if n > 1 else
                f"{'-' if c < 0 else ''}\\frac{{{abs(c)}}}{{x}}")
        f = sp.Integer(c) / X**n
        fp = -n * c / X ** (n + 1)
    else:  # 1/(e^x + k) or 1/(1 + ln x)... keep simple: 1/(e^x + k)
        k = rng.randint(1, 4)
        body = f"\\frac{{1}}{{e^{{x}} + {k}}}"
        f = 1 / (sp.exp(X) + k)
        fp = -sp.exp(X) / (sp.exp(X) + k) ** 2
    x0 = rng.choice([1, 2, -1]) if kind != 1 else rng.choice([1, 2, -1, -2])
    if kind == 2:
        x0 = 0
    val = fp.subs(X, x0)
    text = rng.choice([
        f"함수 {_t(fn + '(x) = ' + body, st)}에 대하여 {_t(fn + chr(39) + f'({x0})', st)}의 {_end(rng, '값')}",
        f"곡선 {_t('y = ' + body, st)} 위의 x좌표가 {x0}인 점에서의 접선의 기울기를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_val_ans(sp.nsimplify(val)), format="computation", difficulty=2,
                   achievement_level="D", concepts=["도함수", "f′(x)"], check=lambda: _nderiv_ok(f, fp))


@family(S204, "quotient-from-value-table")
def _q4_table(rng: random.Random) -> Problem:
    st = rng.choice(["unicode", "plain", "latex"])
    a = rng.randint(1, 3)
    gv, gp = _nz(rng, -4, 6), rng.randint(-5, 5)
    hv, hp = _nz(rng, -4, 4), rng.randint(-5, 5)
    kind = rng.randrange(2)
    if kind == 0:
        val = sp.Rational(gp * hv - gv * hp, hv * hv)
        ask = f"함수 {_t(_KGH, st)}에 대하여 {_t('k' + chr(39) + f'({a})', st)}의 {_end(rng, '값')}"
    else:
        val = sp.Rational(-hp, hv * hv)
        ask = f"함수 {_t(_K1H, st)}에 대하여 {_t('k' + chr(39) + f'({a})', st)}의 {_end(rng, '값')}"
    table = (f"x | {a}\ng(x) | {gv}\ng′(x) | {gp}\nh(x) | {hv}\nh′(x) | {hp}" if rng.random() < 0.5 else
             f"g({a}) = {gv}, g′({a}) = {gp}, h({a}) = {hv}, h′({a}) = {hp}")
    text = f"미분가능한 두 함수 g(x), h(x)에 대하여 다음이 성립한다.\n{table}\n{ask}"

    def chk() -> bool:  # concrete functions with those values: g = gv + gp(x-a), h = hv + hp(x-a)
        g = gv + gp * (X - a)
        h = hv + hp * (X - a)
        k = g / h if kind == 0 else 1 / h
        return sp.diff(k, X).subs(X, a) == val
    return Problem(text=text, answer=_q(val), format="data", difficulty=3, achievement_level="C",
                   concepts=["도함수", "f′(x)"], check=chk)


_KGH = "k(x) = \\frac{g(x)}{h(x)}"
_K1H = "k(x) = \\frac{1}{h(x)}"


@family(S204, "quotient-rule-fill")
def _q4_fill(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "latex", "unicode", "plain"])
    kind = rng.randrange(2)
    if kind == 0:
        text = ("다음은 두 함수 f(x), g(x) (g(x) ≠ 0)가 미분가능할 때, 함수 y = f(x)/g(x)의 도함수를 구하는 과정이다. "
                "(가), (나)에 알맞은 식을 쓰시오.\n"
                + _t("\\left(\\frac{f(x)}{g(x)}\\right)' = \\lim_{h \\to 0} \\frac{1}{h}\\left\\{\\frac{f(x + h)}{g(x + h)}"
                     " - \\frac{f(x)}{g(x)}\\right\\} = \\lim_{h \\to 0} \\frac{f(x + h)g(x) - f(x)g(x + h)}{h \\cdot (가)}", st)
                + "\n분자에서 f(x)g(x)를 빼고 더하여 정리하면 "
                + _t("\\left(\\frac{f(x)}{g(x)}\\right)' = \\frac{(나)}{[g(x)]^{2}}", st))
        ans = "(가) g(x + h)g(x) (나) f′(x)g(x) − f(x)g′(x)"
        f, fp = sp.sin(X) / (X**2 + 1), (sp.cos(X) * (X**2 + 1) - sp.sin(X) * 2 * X) / (X**2 + 1) ** 2
    else:
        a, b = rng.randint(1, 4), rng.randint(1, 5)
        body = f"\\frac{{x^{{2}} + {b}}}{{x + {a}}}"
        text = (f"다음은 함수 {_t('y = ' + body, st)}의 도함수를 구하는 과정이다. □ 안에 알맞은 식을 써넣으시오.\n"
                + _t(f"y' = \\frac{{(□)(x + {a}) - (x^{{2}} + {b})(□)}}{{(x + {a})^{{2}}}} = \\frac{{□}}{{(x + {a})^{{2}}}}", st))
        ans = f"2x, 1, {_t(_poly([1, 2 * a, -b], 'x'), 'unicode')}"
        f = (X**2 + b) / (X + a)
        fp = (X**2 + 2 * a * X - b) / (X + a) ** 2
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["도함수", "f′(x)"], check=lambda: _nderiv_ok(f, fp))


@family(S204, "find-constants-quotient")
def _q4_consts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _nz(rng, -5, 6), rng.randint(-5, 6)
    k = rng.randint(1, 4)
    fn = rng.choice(["f", "g"])
    body = f"\\frac{{ax + b}}{{x^{{2}} + {k}}}"
    f = (a * X + b) / (X**2 + k)
    v0 = sp.Rational(b, k)
    d0 = sp.diff(f, X).subs(X, 0)  # = a/k
    cond = f"{fn}(0) = {_qt(v0)}, \\quad {fn}'(0) = {_qt(d0)}"
    ask = rng.choice(["a + b", "ab", "a - b"])
    ans = {"a + b": a + b, "ab": a * b, "a - b": a - b}[ask]
    text = rng.choice([
        f"함수 {_t(fn + '(x) = ' + body, st)}가 {_jt(cond, st, '을/를')} 만족시킬 때, 두 상수 a, b에 대하여 "
        f"{_t(ask, st)}의 {_end(rng, '값')}{exam_points(rng, 3)}",
        f"두 상수 a, b에 대하여 함수 {_t(fn + '(x) = ' + body, st)}가 {_t(cond, st)}일 때, {_t(ask, st)}의 "
        f"{_end(rng, '값')}",
    ])

    def chk() -> bool:
        A, B = sp.symbols("A B")
        g = (A * X + B) / (X**2 + k)
        sol = sp.solve([g.subs(X, 0) - v0, sp.diff(g, X).subs(X, 0) - d0], [A, B], dict=True)
        return len(sol) == 1 and sol[0][A] == a and sol[0][B] == b
    return Problem(text=text, answer=str(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["도함수", "f′(x)"], check=chk)


@family(S204, "quotient-derivative-zero")
def _q4_zero(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    k = rng.choice([1, 4, 9])
    if kind == 0:
        body, f, sols = f"\\frac{{x}}{{x^{{2}} + {k}}}", X / (X**2 + k), [-sp.sqrt(k), sp.sqrt(k)]
    elif kind == 1:
        body, f, sols = "\\frac{\\ln x}{x}", sp.log(X) / X, [sp.E]
    elif kind == 2:
        body, f, sols = "\\frac{e^{x}}{x}", sp.exp(X) / X, [sp.Integer(1)]
    else:
        body, f, sols = f"\\frac{{x^{{2}} + {k}}}{{x}}", (X**2 + k) / X, [-sp.sqrt(k), sp.sqrt(k)]
    fn = rng.choice(["f", "g"])
    text = rng.choice([
        f"함수 {_t(fn + '(x) = ' + body, st)}에 대하여 {_t(fn + chr(39) + '(x) = 0', st)}을 만족시키는 x의 값을 모두 {_end(rng)}",
        f"곡선 {_t('y = ' + body, st)} 위의 점에서 그은 접선이 x축과 평행하게 되는 점의 x좌표를 모두 {_end(rng)}",
    ])
    ans = ", ".join(_ans_expr(s_) for s_ in sols)

    def chk() -> bool:
        fp = sp.diff(f, X)
        return all(abs(float(fp.subs(X, s_))) < 1e-12 for s_ in sols) and \
            all(abs(float(fp.subs(X, s_ + sp.Rational(1, 3)))) > 1e-6 for s_ in sols)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["도함수", "f′(x)"], check=chk)


_Q_STMTS = (
    ("\\left(\\frac{1}{x}\\right)' = -\\frac{1}{x^{2}}", 1 / X, -1 / X**2),
    ("(\\tan x)' = \\sec^{2} x", sp.tan(X), 1 / sp.cos(X) ** 2),
    ("(\\sec x)' = \\sec x\\tan x", 1 / sp.cos(X), sp.sin(X) / sp.cos(X) ** 2),
    ("(\\cot x)' = \\csc^{2} x", sp.cos(X) / sp.sin(X), 1 / sp.sin(X) ** 2),
    ("\\left(\\frac{e^{x}}{x}\\right)' = \\frac{e^{x}}{1}", sp.exp(X) / X, sp.exp(X)),
    ("\\left(\\frac{\\ln x}{x}\\right)' = \\frac{1 - \\ln x}{x^{2}}", sp.log(X) / X, (1 - sp.log(X)) / X**2),
    ("\\left(\\frac{1}{x^{3}}\\right)' = -\\frac{3}{x^{4}}", X**-3, -3 * X**-4),
    ("(\\csc x)' = \\csc x\\cot x", 1 / sp.sin(X), sp.cos(X) / sp.sin(X) ** 2),
    ("\\left(\\frac{x}{x + 1}\\right)' = \\frac{1}{(x + 1)^{2}}", X / (X + 1), 1 / (X + 1) ** 2),
)


@family(S204, "bogi-quotient-derivatives")
def _q4_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    picks = rng.sample(range(len(_Q_STMTS)), 3)
    truth = [_nderiv_ok(_Q_STMTS[i][1], _Q_STMTS[i][2], pts=(sp.Rational(1, 3), sp.Rational(6, 5))) for i in picks]
    if not any(truth):
        picks[0], truth[0] = 1, True
    stmts = [(_t(_Q_STMTS[i][0], st), ok) for i, ok in zip(picks, truth, strict=True)]
    block, ch = bogi(rng, stmts)
    d = 3
    text = f"{bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    known = {0: True, 1: True, 2: True, 3: False, 4: False, 5: True, 6: True, 7: False, 8: True}
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["sec x", "csc x", "cot x", "도함수"], choice=ch,
                   check=lambda: [known[i] for i in picks] == truth)


# ================================================================================================
# 12미적Ⅱ-02-05 합성함수의 미분
# ================================================================================================
def _chain_pool(rng: random.Random, kind: str) -> tuple[str, sp.Expr, str, sp.Expr]:
    """(LaTeX-lite f, f, LaTeX-lite f′ written by the chain rule, f′ built alongside)."""
    a = _nz(rng, -3, 4)
    b = rng.randint(-4, 5)
    n = rng.randint(2, 5)
    k = rng.randint(1, 5)
    inner = _lin(a, b, "x")
    ca = "" if a == 1 else ("-" if a == -1 else str(a))
    if kind == "power":
        if rng.random() < 0.5:
            return (f"({inner})^{{{n}}}", (a * X + b) ** n,
                    f"{n * a}({inner})^{{{n - 1}}}" if n > 2 else f"{n * a}({inner})", n * a * (a * X + b) ** (n - 1))
        return (f"(x^{{2}} + {k})^{{{n}}}", (X**2 + k) ** n,
                f"{2 * n}x(x^{{2}} + {k})^{{{n - 1}}}" if n > 2 else f"4x(x^{{2}} + {k})", 2 * n * X * (X**2 + k) ** (n - 1))
    if kind == "exp":
        r = rng.random()
        if r < 0.4:
            return f"e^{{{inner}}}", sp.exp(a * X + b), f"{ca}e^{{{inner}}}", a * sp.exp(a * X + b)
        if r < 0.7:
            return (f"e^{{x^{{2}} + {k}x}}", sp.exp(X**2 + k * X), f"(2x + {k})e^{{x^{{2}} + {k}x}}",
                    (2 * X + k) * sp.exp(X**2 + k * X))
        c = rng.choice([2, 3])
        lead = ca if a in (1, -1) else f"{a}\\cdot "
        return (f"{c}^{{{inner}}}", c ** (a * X + b), f"{lead}{c}^{{{inner}}}\\ln {c}",
                a * c ** (a * X + b) * sp.log(c))
    if kind == "log":
        r = rng.random()
        aa = abs(a)
        inner_p = _lin(aa, abs(b) + 1, "x")
        if r < 0.4:
            return (f"\\ln ({inner_p})", sp.log(aa * X + abs(b) + 1), f"\\frac{{{aa}}}{{{inner_p}}}",
                    sp.Integer(aa) / (aa * X + abs(b) + 1))
        if r < 0.75:
            return f"\\ln (x^{{2}} + {k})", sp.log(X**2 + k), f"\\frac{{2x}}{{x^{{2}} + {k}}}", 2 * X / (X**2 + k)
        c = rng.choice([2, 3, 10])
        return (f"\\log_{{{c}}} (x^{{2}} + {k})", sp.log(X**2 + k, c), f"\\frac{{2x}}{{(x^{{2}} + {k})\\ln {c}}}",
                2 * X / ((X**2 + k) * sp.log(c)))
    r = rng.random()
    if r < 0.35:
        return f"\\sin({inner})", sp.sin(a * X + b), f"{ca}\\cos({inner})", a * sp.cos(a * X + b)
    if r < 0.55:
        return "\\cos^{2} x", sp.cos(X) ** 2, "-2\\sin x\\cos x", -2 * sp.sin(X) * sp.cos(X)
    if r < 0.75:
        return "\\sin(x^{2})", sp.sin(X**2), "2x\\cos(x^{2})", 2 * X * sp.cos(X**2)
    m = abs(a) + 1
    return f"\\tan {_cx(m)}", sp.tan(m * X), f"{m}\\sec^{{2}} {_cx(m)}", m / sp.cos(m * X) ** 2


@family(S205, "chain-rule-derivative")
def _c5_deriv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["power", "exp", "log", "trig"])
    body, f, fptex, fp_claim = _chain_pool(rng, kind)
    fn = rng.choice(["f", "g", "h"])
    text = rng.choice([f"함수 {_jt(fn + '(x) = ' + body, st, '을/를')} 미분하시오.",
                       f"합성함수의 미분법을 이용하여 함수 {_t(fn + '(x) = ' + body, st)}의 도함수를 {_end(rng)}",
                       f"다음 함수의 도함수를 {_end(rng)}\n{_t('y = ' + body, st)}"])
    ans = ("y′ = " if "\n" in text else f"{fn}′(x) = ") + _t(fptex, "unicode")
    concepts = ["도함수"] + (["e", "eˣ"] if kind == "exp" else []) + (["ln x", "자연로그"] if kind == "log" else []) \
        + (["sin x", "cos x"] if kind == "trig" else [])
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=concepts, check=lambda: _nderiv_ok(f, fp_claim, pts=(sp.Rational(1, 3), sp.Rational(6, 5))))


@family(S205, "chain-rule-value")
def _c5_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["power", "exp", "log", "trig"])
    body, f, _, fp = _chain_pool(rng, kind)
    fn = rng.choice(["f", "g"])
    if kind == "trig":
        pts = [("0", sp.Integer(0)), ("\\frac{\\pi}{2}", sp.pi / 2), ("\\pi", sp.pi)]
    else:
        pts = [("0", sp.Integer(0)), ("1", sp.Integer(1))]
    pts = [(t, v) for t, v in pts if fp.subs(X, v).is_finite and f.subs(X, v).is_finite
           and not (kind == "log" and (f.subs(X, v).is_real is False))
           and not sp.expand(fp.subs(X, v)).has(sp.sin, sp.cos, sp.tan)] or [("0", sp.Integer(0))]
    at, av = rng.choice(pts)
    val = sp.nsimplify(sp.expand(fp.subs(X, av)))
    d = 2
    if rng.random() < 0.4 and val.is_Rational:
        ch = _numopts(rng, val, [val * 2, -val, val + 1, val / 2 if val else 1, val - 1], st)
        text = with_choices(f"함수 {_t(fn + '(x) = ' + body, st)}에 대하여 {_t(fn + chr(39) + '(' + at + ')', st)}의 값은?"
                    f"{exam_points(rng, d)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="D",
                       concepts=["도함수"], choice=ch, check=lambda: _nderiv_ok(f, fp, pts=(sp.Rational(1, 3), sp.Rational(6, 5))))
    text = rng.choice([f"함수 {_t(fn + '(x) = ' + body, st)}에 대하여 {_t(fn + chr(39) + '(' + at + ')', st)}의 {_end(rng, '값')}",
                       f"곡선 {_t('y = ' + body, st)} 위의 x좌표가 {_jt(at, st, '인/인').replace('인/인', '인')} 점에서의 "
                       f"접선의 기울기를 {_end(rng)}"])
    return Problem(text=text, answer=_ans_expr(val), format="computation", difficulty=d, achievement_level="D",
                   concepts=["도함수"], check=lambda: _nderiv_ok(f, fp, pts=(sp.Rational(1, 3), sp.Rational(6, 5))))


@family(S205, "real-exponent-power")
def _c5_real(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        p, q = rng.choice([(1, 2), (3, 2), (1, 3), (2, 3), (5, 2), (4, 3)])
        body = f"\\sqrt{{x^{{{p}}}}}" if q == 2 and p > 1 else (f"\\sqrt[{q}]{{x^{{{p}}}}}" if q == 3 and p > 1 else
                                                                ("\\sqrt{x}" if q == 2 else "\\sqrt[3]{x}"))
        if st != "latex":
            body = f"x^{{{p}/{q}}}"
        f = X ** sp.Rational(p, q)
        x0 = rng.choice([4, 9, 16] if q == 2 else [8, 27, 1])
    elif kind == 1:
        p, q = rng.choice([(1, 2), (3, 2), (1, 3)])
        body = "\\frac{1}{\\sqrt{x}}" if (p, q) == (1, 2) else f"x^{{-{p}/{q}}}"
        f = X ** sp.Rational(-p, q)
        x0 = rng.choice([4, 9, 1]) if q == 2 else rng.choice([8, 1])
    elif kind == 2:
        r = rng.choice(["\\sqrt{2}", "\\pi", "\\sqrt{3}"])
        f = X ** {"\\sqrt{2}": sp.sqrt(2), "\\pi": sp.pi, "\\sqrt{3}": sp.sqrt(3)}[r]
        body = f"x^{{{r}}}"
        x0 = 1
    else:
        k = rng.randint(1, 8)
        body = f"\\sqrt{{x^{{2}} + {k}}}"
        f = sp.sqrt(X**2 + k)
        x0 = rng.choice([v for v in range(0, 5) if sp.sqrt(v * v + k).is_Rational] or [1])
    fp = sp.diff(f, X)
    val = sp.nsimplify(fp.subs(X, x0))
    fn = rng.choice(["f", "g"])
    text = rng.choice([f"함수 {_t(fn + '(x) = ' + body, st)}에 대하여 {_t(fn + chr(39) + f'({x0})', st)}의 {_end(rng, '값')}"
                       + (" (단, x > 0)" if kind != 3 else ""),
                       f"x > 0에서 정의된 함수 {_t('y = ' + body, st)}의 x = {x0}에서의 미분계수를 {_end(rng)}"])
    concepts = ["도함수"]
    return Problem(text=text, answer=_ans_expr(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=concepts, check=lambda: _nderiv_ok(f, fp) and abs(float(fp.subs(X, x0)) - float(val)) < 1e-9)


@family(S205, "composite-value-table")
def _c5_table(rng: random.Random) -> Problem:
    st = rng.choice(["unicode", "plain", "latex"])
    a = rng.randint(0, 3)
    ga = rng.randint(-2, 4)
    if ga == a:
        ga += 1
    gp = _nz(rng, -4, 5)
    fv_ga, fp_ga = rng.randint(-3, 5), _nz(rng, -4, 4)
    fp_a = rng.randint(-3, 3)
    kind = rng.randrange(2)
    if kind == 0:
        ask = f"{_t('h(x) = f(g(x))', st)}일 때, {_t('h' + chr(39) + f'({a})', st)}의 {_end(rng, '값')}"
        val = fp_ga * gp
    else:
        ask = f"{_t(_HSQ, st)}일 때, {_t('h' + chr(39) + f'({a})', st)}의 {_end(rng, '값')}"
        val = 2 * fv_ga * fp_ga * gp
    rows = (f"x | {a} | {ga}\nf(x) | {rng.randint(-3, 5)} | {fv_ga}\nf′(x) | {fp_a} | {fp_ga}\n"
            f"g(x) | {ga} | {rng.randint(-3, 5)}\ng′(x) | {gp} | {rng.randint(-3, 5)}")
    text = f"미분가능한 두 함수 f(x), g(x)에 대하여 x = {a}, x = {ga}에서의 값이 다음 표와 같다.\n{rows}\n{ask}"

    def chk() -> bool:  # concrete functions matching the table near the points used
        g = ga + gp * (X - a)
        f = fv_ga + fp_ga * (X - ga)
        h = f.subs(X, g) if kind == 0 else f.subs(X, g) ** 2
        return sp.diff(h, X).subs(X, a) == val
    return Problem(text=text, answer=str(val), format="data", difficulty=3, achievement_level="C",
                   concepts=["도함수", "f′(x)"], check=chk)


_HSQ = "h(x) = \\{f(g(x))\\}^{2}"


@family(S205, "derivative-from-composite-equation")
def _c5_equation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(2, 4), rng.randint(-3, 3)
    c3, c1 = rng.randint(1, 3), rng.randint(-4, 4)
    x1 = rng.randint(-2, 2)
    target = p * x1 + q
    # f(p x + q) = c3 x^3 + c1 x  =>  p f'(p x + q) = 3 c3 x^2 + c1
    val = sp.Rational(3 * c3 * x1 * x1 + c1, p)
    rhs = _poly([c3, 0, c1, 0], "x")
    inner = _lin(p, q, "x")
    text = rng.choice([
        f"미분가능한 함수 f(x)가 모든 실수 x에 대하여 {_jt(f'f({inner}) = {rhs}', st, '을/를')} 만족시킬 때, "
        f"{_t('f' + chr(39) + f'({target})', st)}의 {_end(rng, '값')}{exam_points(rng, 3)}",
        f"모든 실수 x에 대하여 {_t(f'f({inner}) = {rhs}', st)}일 때, {_t('f' + chr(39) + f'({target})', st)}의 "
        f"{_end(rng, '값')} (단, f(x)는 미분가능한 함수이다.)",
    ])

    def chk() -> bool:
        t = sp.Symbol("t")
        f = (c3 * ((t - q) / p) ** 3 + c1 * (t - q) / p)
        return sp.diff(f, t).subs(t, target) == val
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="B",
                   concepts=["도함수", "f′(x)"], check=chk)


@family(S205, "logarithmic-differentiation")
def _c5_logdiff(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        body, f = "x^{x}", X**X
        x0t, x0 = rng.choice([("1", sp.Integer(1)), ("e", sp.E), ("2", sp.Integer(2))])
        hint = "양변에 자연로그를 취하여"
    elif kind == 1:
        body, f = "x^{\\ln x}", X ** sp.log(X)
        x0t, x0 = rng.choice([("e", sp.E), ("1", sp.Integer(1))])
        hint = "양변에 자연로그를 취하여"
    else:
        a, b = rng.randint(1, 3), rng.randint(2, 4)
        body = f"\\frac{{(x + {a})^{{{b}}}}}{{x^{{2}} + 1}}"
        f = (X + a) ** b / (X**2 + 1)
        x0t, x0 = "0", sp.Integer(0)
        hint = "양변의 절댓값에 자연로그를 취하여"
    fp = sp.diff(f, X)
    val = sp.nsimplify(sp.expand(fp.subs(X, x0)))
    text = rng.choice([
        f"{hint} 함수 {_t('y = ' + body, st)}의 x = {x0t}에서의 미분계수를 {_end(rng)}" + (" (단, x > 0)" if kind < 2 else ""),
        f"함수 {_t('f(x) = ' + body, st)}에 대하여 {_t('f' + chr(39) + '(' + x0t + ')', st)}의 {_end(rng, '값')}"
        + (" (단, x > 0)" if kind < 2 else ""),
    ])
    return Problem(text=text, answer=_ans_expr(val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["자연로그", "ln x", "도함수"],
                   check=lambda: _nderiv_ok(f, fp) and abs(float(sp.N(fp.subs(X, x0))) - float(sp.N(val))) < 1e-9)


@family(S205, "rate-through-composition-word")
def _c5_word(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(3)
    if kind == 0:  # balloon radius r(t) = a t + b, volume rate at t0
        a, b = rng.randint(1, 3), rng.randint(1, 5)
        t0 = rng.randint(1, 4)
        r0 = a * t0 + b
        val = 4 * sp.pi * r0**2 * a
        text = (f"구 모양의 풍선에 공기를 넣기 시작한 지 t초 후 풍선의 반지름의 길이가 ({a}t + {b}) cm라 한다. "
                f"풍선의 부피를 V(t) cm³라 할 때, t = {t0}에서 부피의 순간변화율을 {_end(rng)}")
        ans = _ans_expr(val) + " (cm³/s)"
        f, x0 = sp.Rational(4, 3) * sp.pi * (a * X + b) ** 3, t0
    elif kind == 1:  # temperature model T(t) = m + A sin(pi t / 12)
        m, A = rng.choice([15, 18, 20, 22]), rng.choice([4, 5, 6, 8])
        t0 = rng.choice([0, 4, 8, 12, 16])
        f = m + A * sp.sin(sp.pi * X / 12)
        val = sp.nsimplify(sp.diff(f, X).subs(X, t0))
        text = (f"어느 도시의 하루 기온이 자정으로부터 t시간 후 {_t(_temp_tex(m, A), st)} (°C)로 변한다고 하자. "
                f"t = {t0}일 때 기온의 순간변화율을 {_end(rng)}")
        ans = _ans_expr(val) + " (°C/시간)"
        x0 = t0
    else:  # drug concentration C(t) = c e^{-kt}
        c = rng.choice([50, 100, 200])
        k = rng.choice([R(1, 2), R(1, 4), R(1, 5), R(1, 10)])
        t0 = rng.choice([0, 2, 4])
        f = c * sp.exp(-k * X)
        val = sp.nsimplify(sp.diff(f, X).subs(X, t0))
        text = (f"어떤 약을 투여하고 t시간 후 혈액 속 약물의 농도가 {_t(_conc_tex(c, k), st)} (mg/L)라 한다. "
                f"t = {t0}에서 농도의 순간변화율을 {_end(rng)}")
        ans = _ans_expr(val) + " (mg/L/시간)"
        x0 = t0
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["도함수", "순간변화율"],
                   check=lambda: abs(float(sp.N(sp.diff(f, X).subs(X, x0))) - float(sp.N(val))) < 1e-9
                   and _nderiv_ok(f, sp.diff(f, X)))


def _temp_tex(m: int, a: int) -> str:
    return f"T(t) = {m} + {a}\\sin \\frac{{\\pi t}}{{12}}"


def _conc_tex(c: int, k) -> str:
    return f"C(t) = {c}e^{{-\\frac{{t}}{{{k.q}}}}}"


_CH_STMTS = (
    ("\\{(2x + 1)^{3}\\}' = 3(2x + 1)^{2}", (2 * X + 1) ** 3, 3 * (2 * X + 1) ** 2),
    ("\\{(2x + 1)^{3}\\}' = 6(2x + 1)^{2}", (2 * X + 1) ** 3, 6 * (2 * X + 1) ** 2),
    ("(e^{3x})' = 3e^{3x}", sp.exp(3 * X), 3 * sp.exp(3 * X)),
    ("(e^{x^{2}})' = x^{2}e^{x^{2} - 1}", sp.exp(X**2), X**2 * sp.exp(X**2 - 1)),
    ("\\{\\ln (x^{2} + 1)\\}' = \\frac{2x}{x^{2} + 1}", sp.log(X**2 + 1), 2 * X / (X**2 + 1)),
    ("(\\sin 2x)' = \\cos 2x", sp.sin(2 * X), sp.cos(2 * X)),
    ("(\\cos^{2} x)' = -\\sin 2x", sp.cos(X) ** 2, -sp.sin(2 * X)),
    ("(\\sqrt{x^{2} + 1})' = \\frac{x}{\\sqrt{x^{2} + 1}}", sp.sqrt(X**2 + 1), X / sp.sqrt(X**2 + 1)),
    ("(2^{3x})' = 3 \\cdot 2^{3x}", 2 ** (3 * X), 3 * 2 ** (3 * X)),
)


@family(S205, "bogi-chain-rule")
def _c5_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    picks = rng.sample(range(len(_CH_STMTS)), 3)
    truth = [_nderiv_ok(_CH_STMTS[i][1], _CH_STMTS[i][2], pts=(sp.Rational(1, 3), sp.Rational(6, 5))) for i in picks]
    if not any(truth):
        picks[0], truth[0] = 2, True
    stmts = [(_t(_CH_STMTS[i][0], st), ok) for i, ok in zip(picks, truth, strict=True)]
    block, ch = bogi(rng, stmts)
    d = 3
    text = f"{bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    known = (False, True, True, False, True, False, True, True, False)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["도함수", "e", "eˣ", "ln x"], choice=ch, check=lambda: [known[i] for i in picks] == truth)


# ================================================================================================
# 12미적Ⅱ-02-06 매개변수로 나타낸 함수의 미분
# ================================================================================================
S206, S207 = "12미적Ⅱ-02-06", "12미적Ⅱ-02-07"
TS = sp.Symbol("t")


def _pcheck(xt: sp.Expr, yt: sp.Expr, t0, claim) -> bool:
    """dy/dx at t0 by a numerical chord through nearby parameter values (independent of the formula)."""
    import mpmath

    with mpmath.workdps(40):
        fx, fy = sp.lambdify(TS, xt, "mpmath"), sp.lambdify(TS, yt, "mpmath")
        t = mpmath.mpf(sp.N(t0, 40))
        h = mpmath.mpf(10) ** -12
        slope = (fy(t + h) - fy(t - h)) / (fx(t + h) - fx(t - h))
        return abs(slope - mpmath.mpf(sp.N(claim, 40))) < 1e-8


def _param_pool(rng: random.Random) -> tuple[str, str, sp.Expr, sp.Expr, list]:
    """(x tex, y tex, x(t), y(t), candidate (t tex, t value) list)."""
    kind = rng.randrange(4)
    a, b = rng.randint(1, 4), rng.randint(1, 5)
    c = _nz(rng, -3, 3)
    if kind == 0:
        return (f"t^{{2}} + {a}", f"t^{{3}} - {b}t", TS**2 + a, TS**3 - b * TS,
                [(str(v), sp.Integer(v)) for v in (1, 2, -1, 3)])
    if kind == 1:
        return (f"{_lin(a, c, 't')}", _poly([1, b, 0], "t"), a * TS + c, TS**2 + b * TS,
                [(str(v), sp.Integer(v)) for v in (0, 1, 2, -1)])
    if kind == 2:
        return (f"{a}\\cos t", f"{b}\\sin t", a * sp.cos(TS), b * sp.sin(TS),
                [("\\frac{\\pi}{4}", sp.pi / 4), ("\\frac{\\pi}{3}", sp.pi / 3), ("\\frac{\\pi}{6}", sp.pi / 6)])
    if rng.random() < 0.5:
        return ("e^{t} + t", f"e^{{t}} - {b}t", sp.exp(TS) + TS, sp.exp(TS) - b * TS,
                [("0", sp.Integer(0)), ("1", sp.Integer(1))])
    return ("e^{t} + t", "te^{t}", sp.exp(TS) + TS, TS * sp.exp(TS), [("0", sp.Integer(0)), ("1", sp.Integer(1))])


@family(S206, "parametric-slope-at-t")
def _p6_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xtex, ytex, xt, yt, pts = _param_pool(rng)
    pts = [(a_, v) for a_, v in pts if sp.diff(xt, TS).subs(TS, v) != 0]
    tt, tv = rng.choice(pts)
    tt = _t(tt, st) if "\\" in tt else tt
    val = sp.nsimplify(sp.radsimp(sp.diff(yt, TS).subs(TS, tv) / sp.diff(xt, TS).subs(TS, tv)))
    form = rng.randrange(3)
    sys_ = f"x = {xtex}, \\quad y = {ytex}"
    if form == 0:
        text = rng.choice([f"매개변수 t로 나타낸 함수 {_t(sys_, st)}에서 t = {tt}일 때, "
                           f"{_t(_DYDX, st)}의 {_end(rng, '값')}",
                           f"곡선 {_t(sys_, st)} 위의 t = {tt}에 대응하는 점에서의 접선의 기울기를 {_end(rng)}"])
        ans, fmt = _ans_expr(val), "computation"
        ch = None
    elif form == 1:
        dydx = sp.simplify(sp.diff(yt, TS) / sp.diff(xt, TS))
        text = f"매개변수 t로 나타낸 함수 {_t(sys_, st)}에 대하여 {_jt(_DYDX, st, '을/를')} t에 대한 식으로 나타내시오."
        ans = "dy/dx = " + _ans_expr(dydx).replace("t·", "t").replace("·", "")
        fmt, ch = "computation", None
        val = dydx.subs(TS, tv)
    else:
        if not val.is_Rational:
            form = 0
            text = f"매개변수 t로 나타낸 곡선 {_t(sys_, st)} 위의 t = {tt}인 점에서의 접선의 기울기를 {_end(rng)}"
            ans, fmt, ch = _ans_expr(val), "computation", None
        else:
            ch = _numopts(rng, val, [-val, 1 / val if val else 2, val * 2, val + 1], st)
            text = with_choices(f"매개변수 t로 나타낸 함수 {_t(sys_, st)}에서 t = {tt}일 때 {_t(_DYDX, st)}의 값은?"
                        f"{exam_points(rng, 2)}", ch)
            ans, fmt = ch.label, "mcq"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["매개변수", "dy/dx"], choice=ch, check=lambda: _pcheck(xt, yt, tv, val))


_DYDX = "\\frac{dy}{dx}"


@family(S206, "parametric-slope-at-point")
def _p6_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = rng.randint(-3, 3), _nz(rng, -3, 3), rng.randint(-4, 4)
    t0 = rng.randint(1, 3) * rng.choice([1, -1])
    kind = rng.randrange(2)
    if kind == 0:  # x = t + a (one-to-one), y = t^2 + b t + c
        xt, yt = TS + a, TS**2 + b * TS + c
        xtex, ytex = _lin(1, a, "t"), _poly([1, b, c], "t")
    else:  # x = t^3 + a, y = t^2 + c (t from x uniquely)
        xt, yt = TS**3 + a, TS**2 + c * TS
        xtex, ytex = _poly([1, 0, 0, a], "t"), _poly([1, c, 0], "t")
    px, py = xt.subs(TS, t0), yt.subs(TS, t0)
    val = sp.diff(yt, TS).subs(TS, t0) / sp.diff(xt, TS).subs(TS, t0)
    sys_ = f"x = {xtex}, \\quad y = {ytex}"
    text = rng.choice([
        f"매개변수 t로 나타낸 곡선 {_t(sys_, st)} 위의 점 ({px}, {py})에서의 접선의 기울기를 {_end(rng)}",
        f"곡선 {_t(sys_, st)} 위의 점 ({px}, {py})에서 그은 접선의 기울기를 {_end(rng)} (단, t는 실수이다.)",
    ])

    def chk() -> bool:
        sols = [s_ for s_ in sp.solve(sp.Eq(xt, px), TS) if s_.is_real and yt.subs(TS, s_) == py]
        return len(sols) == 1 and sols[0] == t0 and _pcheck(xt, yt, t0, val)
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["매개변수", "dy/dx"], check=chk)


@family(S206, "parametric-find-constant")
def _p6_const(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = _nz(rng, -4, 5)
    b = rng.randint(1, 4)
    t0 = rng.choice([1, 2])
    # x = t^2 + a t, y = t^3 - b t ; dy/dx at t0 = (3t0^2 - b)/(2 t0 + a)
    if 2 * t0 + a == 0:
        a += 1
    if 3 * t0 * t0 == b:
        b += 1
    m = sp.Rational(3 * t0 * t0 - b, 2 * t0 + a)
    sys_ = f"x = t^{{2}} + at, \\quad y = t^{{3}} - {b}t"
    text = rng.choice([
        f"매개변수 t로 나타낸 곡선 {_t(sys_, st)}에서 t = {t0}에 대응하는 점에서의 접선의 기울기가 {_t(_qt(m), st)}일 때, "
        f"상수 a의 값을 {_end(rng)}",
        f"곡선 {_t(sys_, st)} 위의 t = {t0}인 점에서의 접선의 기울기가 {_t(_qt(m), st)}이다. 상수 a의 값을 {_end(rng)}",
    ]).replace("일/일", "")

    def chk() -> bool:
        A = sp.Symbol("A")
        sol = sp.solve(sp.Eq((3 * t0 * t0 - b) / (2 * t0 + A), m), A)
        return sol == [a]
    return Problem(text=text, answer=str(a), format="computation", difficulty=3, achievement_level="C",
                   concepts=["매개변수", "dy/dx"], check=chk)


@family(S206, "projectile-parametric")
def _p6_projectile(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    v = rng.choice([4, 5, 6, 8, 10])
    u = rng.choice([10, 20, 30])
    h = rng.choice([0, 1, 2, 5])
    xt, yt = v * TS, h + u * TS - 5 * TS**2
    sys_ = f"x = {v}t, \\quad y = {_poly([-5, u, h], 't')}"
    kind = rng.randrange(2)
    if kind == 0:
        t0 = rng.randint(1, 3)
        val = sp.Rational(u - 10 * t0, v)
        text = (f"지면 위의 한 지점에서 던진 공의 t초 후의 위치가 좌표평면에서 {_t(sys_, st)} (단위: m)로 나타내어진다고 한다. "
                f"t = {t0}일 때 공이 그리는 곡선의 접선의 기울기를 {_end(rng)}")
        ans = _q(val)

        def chk() -> bool:
            return _pcheck(xt, yt, t0, val)
    else:
        t0 = sp.Rational(u, 10)
        text = (f"공을 던진 지 t초 후 공의 위치가 {_t(sys_, st)} (단위: m)일 때, 공이 그리는 곡선의 접선이 x축과 평행해지는 "
                f"순간의 시각 t와 그때 공의 높이를 {_end(rng)}")
        ans = f"t = {_q(t0)}, 높이 {_q(yt.subs(TS, t0))} m"

        def chk() -> bool:
            return _pcheck(xt, yt, t0, 0)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["매개변수", "dy/dx"], check=chk)


@family(S206, "ellipse-circle-parametric")
def _p6_ellipse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    tt, tv = rng.choice([("\\frac{\\pi}{6}", sp.pi / 6), ("\\frac{\\pi}{4}", sp.pi / 4), ("\\frac{\\pi}{3}", sp.pi / 3),
                         ("\\frac{2}{3}\\pi", 2 * sp.pi / 3)])
    xt, yt = a * sp.cos(TS), b * sp.sin(TS)
    sys_ = f"x = {'' if a == 1 else a}\\cos t, \\quad y = {'' if b == 1 else b}\\sin t"
    val = sp.nsimplify(sp.radsimp(-b * sp.cos(tv) / (a * sp.sin(tv))))
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([
            f"매개변수 t로 나타낸 곡선 {_t(sys_, st)}에서 t = {_t(tt, st)}에 대응하는 점에서의 접선의 기울기를 {_end(rng)}",
            f"곡선 {_t(sys_, st)} (0 ≤ t < 2π) 위의 t = {_t(tt, st)}인 점에서 {_t(_DYDX, st)}의 {_end(rng, '값')}",
        ])
        ans, fmt, d = _ans_expr(val), "computation", 3
    else:
        eq = "x^{2} + y^{2} = " + str(a * a) if a == b else f"\\frac{{x^{{2}}}}{{{a * a}}} + \\frac{{y^{{2}}}}{{{b * b}}} = 1"
        text = (f"매개변수 t로 나타낸 곡선 {_t(sys_, st)}에 대하여 {_jt(_DYDX, st, '을/를')} t로 나타내고, "
                f"이 곡선이 {_jt(eq, st, '임/임').replace('임/임', '')}임을 이용하여 {_jt(_DYDX, st, '을/를')} x, y로 나타낸 식과 "
                f"같음을 설명하시오.")
        ans = f"dy/dx = −{b}cos t/({a}sin t) = −{_q(sp.Rational(b * b, a * a))}·x/y".replace("−1·", "−").replace("1cos", "cos") \
            .replace("(1sin", "(sin")
        fmt, d = "proof", 4
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["매개변수", "dy/dx", "sin x", "cos x"], check=lambda: _pcheck(xt, yt, tv, val))


@family(S206, "horizontal-tangent-points")
def _p6_horizontal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 4, 9])
    r = int(k**0.5)
    c = rng.randint(-3, 3)
    xt = TS**3 + c if rng.random() < 0.5 else 2 * TS + c
    yt = TS**3 - 3 * k * TS
    xtex = _poly([1, 0, 0, c], "t") if xt.has(TS**3) else _lin(2, c, "t")
    ytex = _poly([1, 0, -3 * k, 0], "t")
    # y' = 3t^2 - 3k = 0 at t = ±r ; need x'(±r) ≠ 0 (true for both choices since r ≥ 1)
    pts = sorted({(xt.subs(TS, s_), yt.subs(TS, s_)) for s_ in (-r, r)})
    sys_ = f"x = {xtex}, \\quad y = {ytex}"
    text = rng.choice([
        f"매개변수 t로 나타낸 곡선 {_t(sys_, st)} 위의 점 중에서 접선의 기울기가 0인 점의 좌표를 모두 {_end(rng)}",
        f"곡선 {_t(sys_, st)}에서 접선이 x축과 평행한 점을 모두 {_end(rng)}",
    ])
    ans = ", ".join(f"({p}, {q})" for p, q in pts)

    def chk() -> bool:
        ts = sp.solve(sp.diff(yt, TS), TS)
        got = sorted({(xt.subs(TS, s_), yt.subs(TS, s_)) for s_ in ts if sp.diff(xt, TS).subs(TS, s_) != 0})
        return got == pts
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["매개변수", "dy/dx"], check=chk)


@family(S206, "parametric-rate-table")
def _p6_table(rng: random.Random) -> Problem:
    ts = [0, 1, 2, 3]
    xs = [rng.randint(1, 6) * rng.choice([1, -1]) for _ in ts]
    ys = [rng.randint(-6, 6) for _ in ts]
    pick = rng.randrange(len(ts))
    if ys[pick] == 0:
        ys[pick] = 2
    table = "t | " + " | ".join(map(str, ts)) + "\ndx/dt | " + " | ".join(map(str, xs)) + "\ndy/dt | " + \
        " | ".join(map(str, ys))
    val = sp.Rational(ys[pick], xs[pick])
    ask = rng.randrange(2)
    if ask == 0:
        q = f"t = {ts[pick]}에 대응하는 점에서의 접선의 기울기 dy/dx를 구하시오."
        ans = _q(val)
    else:
        vals = [sp.Rational(y, x) for x, y in zip(xs, ys, strict=True)]
        best = max(range(len(ts)), key=lambda i: vals[i])
        if sum(1 for v in vals if v == vals[best]) > 1:
            ys[best] += 1
            table = "t | " + " | ".join(map(str, ts)) + "\ndx/dt | " + " | ".join(map(str, xs)) + "\ndy/dt | " + \
                " | ".join(map(str, ys))
            vals = [sp.Rational(y, x) for x, y in zip(xs, ys, strict=True)]
            best = max(range(len(ts)), key=lambda i: vals[i])
        q = "표의 t의 값 중에서 접선의 기울기가 가장 큰 것과 그때의 기울기를 구하시오."
        ans = f"t = {ts[best]}, {_q(vals[best])}"
        val = vals[best]
        pick = best
    text = (f"매개변수 t로 나타낸 곡선 x = f(t), y = g(t)에 대하여 몇 개의 t의 값에서 dx/dt, dy/dt의 값을 조사하였더니 "
            f"다음과 같았다.\n{table}\n{q}")
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["매개변수", "dy/dx"],
                   check=lambda: sp.Rational(ys[pick], xs[pick]) == val and
                   (ask == 0 or all(sp.Rational(y, x) <= val for x, y in zip(xs, ys, strict=True))))


@family(S206, "parametric-steps-fill")
def _p6_fill(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "latex", "unicode", "plain"])
    a, b = rng.randint(1, 4), rng.randint(1, 5)
    t0 = rng.randint(1, 3)
    xtex, ytex = f"t^{{2}} + {a}", f"{b}t^{{3}}"
    xt, yt = TS**2 + a, b * TS**3
    val = sp.Rational(3 * b * t0 * t0, 2 * t0)
    chain = ("\\frac{dx}{dt} = (가), \\quad \\frac{dy}{dt} = (나) \\quad \\Rightarrow \\quad "
             "\\frac{dy}{dx} = \\frac{(나)}{(가)} = (다)")
    text = (f"다음은 매개변수 t로 나타낸 함수 {_t(_sys2(xtex, ytex), st)}에서 "
            f"t = {t0}일 때의 {_jt(_DYDX, st, '을/를')} 구하는 과정이다.\n{_t(chain, st)}\n"
            f"(가), (나)에 알맞은 식과 t = {t0}일 때 (다)의 값을 쓰시오.")
    ans = f"(가) 2t, (나) {3 * b}t², (다) {_q(val)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["매개변수", "dy/dx"], check=lambda: _pcheck(xt, yt, t0, val))


def _sys2(xtex: str, ytex: str) -> str:
    return f"x = {xtex}, \\quad y = {ytex}"


# ================================================================================================
# 12미적Ⅱ-02-07 음함수와 역함수의 미분
# ================================================================================================
Y = sp.Symbol("y")


def _implicit_slope(F: sp.Expr, x0, y0) -> sp.Expr:
    return sp.nsimplify(-sp.diff(F, X).subs({X: x0, Y: y0}) / sp.diff(F, Y).subs({X: x0, Y: y0}))


def _implicit_ok(F: sp.Expr, x0, y0, claim) -> bool:
    """Numerically follow the curve F = 0 near (x0, y0) (Newton in y) and compare the chord slope."""
    import mpmath

    with mpmath.workdps(40):
        f = sp.lambdify((X, Y), F, "mpmath")
        fy = sp.lambdify((X, Y), sp.diff(F, Y), "mpmath")
        if abs(f(mpmath.mpf(sp.N(x0, 40)), mpmath.mpf(sp.N(y0, 40)))) > 1e-20:
            return False

        def y_at(xv):
            yv = mpmath.mpf(sp.N(y0, 40))
            for _ in range(60):
                yv -= f(xv, yv) / fy(xv, yv)
            return yv
        h = mpmath.mpf(10) ** -10
        xv = mpmath.mpf(sp.N(x0, 40))
        slope = (y_at(xv + h) - y_at(xv - h)) / (2 * h)
        return abs(slope - mpmath.mpf(sp.N(claim, 40))) < 1e-7


def _implicit_pool(rng: random.Random) -> tuple[str, sp.Expr, sp.Expr, sp.Expr]:
    """(equation LaTeX-lite, F(x, y) with F = 0, x0, y0) with (x0, y0) on the curve."""
    kind = rng.randrange(5)
    if kind == 0:
        x0, y0 = rng.choice([(3, 4), (4, 3), (-3, 4), (5, 12), (1, 2), (-2, 1), (2, -1)])
        r2 = x0 * x0 + y0 * y0
        return f"x^{{2}} + y^{{2}} = {r2}", X**2 + Y**2 - r2, sp.Integer(x0), sp.Integer(y0)
    if kind == 1:
        x0, y0 = rng.choice([(1, 2), (2, 1), (-1, 3), (2, -3)])
        a, b = rng.randint(1, 3), rng.randint(1, 3)
        c = a * x0 * x0 + x0 * y0 + b * y0 * y0
        lhs = f"{'' if a == 1 else a}x^{{2}} + xy + {'' if b == 1 else b}y^{{2}}"
        return f"{lhs} = {c}", a * X**2 + X * Y + b * Y**2 - c, sp.Integer(x0), sp.Integer(y0)
    if kind == 2:
        x0, y0 = rng.choice([(1, 2), (2, 1), (1, -1), (-1, 2)])
        c = x0**3 + y0**3 - 2 * x0 * y0
        return f"x^{{3}} + y^{{3}} - 2xy = {c}", X**3 + Y**3 - 2 * X * Y - c, sp.Integer(x0), sp.Integer(y0)
    if kind == 3:
        x0 = rng.randint(1, 3)
        return f"xe^{{y}} = {x0}", X * sp.exp(Y) - x0, sp.Integer(x0), sp.Integer(0)
    a, b = rng.choice([(2, 1), (3, 2), (4, 3)])
    # ellipse x^2/a^2 + y^2/b^2 = 1 at a rational point: use (a·3/5, b·4/5)
    x0, y0 = sp.Rational(3 * a, 5), sp.Rational(4 * b, 5)
    ytex = "y^{2}" if b == 1 else f"\\frac{{y^{{2}}}}{{{b * b}}}"
    return (f"\\frac{{x^{{2}}}}{{{a * a}}} + {ytex} = 1", X**2 / a**2 + Y**2 / b**2 - 1, x0, y0)


@family(S207, "implicit-slope-at-point")
def _i7_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    eq, F, x0, y0 = _implicit_pool(rng)
    val = _implicit_slope(F, x0, y0)
    pt = f"({_q(x0)}, {_q(y0)})"
    form = rng.randrange(3)
    if form < 2:
        text = rng.choice([
            f"곡선 {_t(eq, st)} 위의 점 {pt}에서의 접선의 기울기를 {_end(rng)}",
            f"음함수의 미분법을 이용하여 곡선 {_t(eq, st)} 위의 점 {pt}에서 {_t(_DYDX, st)}의 {_end(rng, '값')}",
        ])
        ans, fmt, ch = _ans_expr(val), "computation", None
    else:
        wr = [-val, 1 / val if val else 1, val + 1, val * 2, -1 / val if val else -1]
        ch = _numopts(rng, val, wr, st) if val.is_Rational else None
        if ch is None:
            text = f"곡선 {_t(eq, st)} 위의 점 {pt}에서의 접선의 기울기를 {_end(rng)}"
            ans, fmt = _ans_expr(val), "computation"
        else:
            text = with_choices(f"곡선 {_t(eq, st)} 위의 점 {pt}에서의 접선의 기울기는?{exam_points(rng, 2)}", ch)
            ans, fmt = ch.label, "mcq"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C",
                   concepts=["음함수", "dy/dx"], choice=ch, check=lambda: _implicit_ok(F, x0, y0, val))


def _inv_pool(rng: random.Random) -> tuple[str, sp.Expr, sp.Expr]:
    """(f LaTeX-lite, f, x0) for an increasing function f; the question asks (f⁻¹)′(f(x0))."""
    kind = rng.randrange(4)
    if kind == 0:
        a, b = rng.randint(1, 4), rng.randint(-3, 3)
        return _poly([1, 0, a, b], "x"), X**3 + a * X + b, sp.Integer(rng.choice([0, 1, 2, -1]))
    if kind == 1:
        a = rng.randint(1, 3)
        return f"e^{{{_cx(a)}}} + x" if a > 1 else "e^{x} + x", sp.exp(a * X) + X, sp.Integer(0)
    if kind == 2:
        a = rng.randint(1, 3)
        return f"x + {'' if a == 1 else a}\\ln x", X + a * sp.log(X), sp.Integer(1)
    a = rng.randint(2, 4)
    return f"{a}x + \\sin x", a * X + sp.sin(X), sp.Integer(0)


@family(S207, "inverse-function-derivative")
def _i7_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    body, f, x0 = _inv_pool(rng)
    y0 = f.subs(X, x0)
    val = sp.nsimplify(1 / sp.diff(f, X).subs(X, x0))
    fn = rng.choice(["f", "h"])
    g = "g"
    text = rng.choice([
        f"함수 {_t(fn + '(x) = ' + body, st)}의 역함수를 {_t(g + '(x)', st)}라 할 때, {_t(g + chr(39) + f'({_q(y0)})', st)}의 "
        f"{_end(rng, '값')}",
        f"함수 {_t(fn + '(x) = ' + body, st)}의 역함수 {_t(g + '(x)', st)}에 대하여 {_t(g + chr(39) + f'({_q(y0)})', st)}의 "
        f"{_end(rng, '값')}{exam_points(rng, 3)}",
        f"역함수의 미분법을 이용하여 함수 {_t('y = ' + body, st)}의 역함수의 x = {_q(y0)}에서의 미분계수를 {_end(rng)}",
    ])

    def chk() -> bool:  # invert numerically by Newton and difference the inverse
        import mpmath
        with mpmath.workdps(40):
            fl = sp.lambdify(X, f, "mpmath")
            fpl = sp.lambdify(X, sp.diff(f, X), "mpmath")

            def inv(yv):
                xv = mpmath.mpf(sp.N(x0, 40))
                for _ in range(60):
                    xv -= (fl(xv) - yv) / fpl(xv)
                return xv
            h = mpmath.mpf(10) ** -10
            yv = mpmath.mpf(sp.N(y0, 40))
            return abs((inv(yv + h) - inv(yv - h)) / (2 * h) - mpmath.mpf(sp.N(val, 40))) < 1e-7
    return Problem(text=text, answer=_ans_expr(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["dy/dx"], check=chk)


@family(S207, "implicit-derivative-expression")
def _i7_expr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    a, b = rng.randint(1, 4), rng.randint(1, 9)
    if kind == 0:
        eq, F, res = f"x^{{2}} + {a}y^{{2}} = {b}" if a > 1 else f"x^{{2}} + y^{{2}} = {b}", X**2 + a * Y**2 - b, \
            (f"-\\frac{{x}}{{{a}y}}" if a > 1 else "-\\frac{x}{y}")
        claim = -X / (a * Y)
    elif kind == 1:
        eq, F, res = f"xy = {b}", X * Y - b, "-\\frac{y}{x}"
        claim = -Y / X
    elif kind == 2:
        eq, F, res = f"y^{{2}} = {4 * a}x", Y**2 - 4 * a * X, f"\\frac{{{2 * a}}}{{y}}"
        claim = 2 * a / Y
    else:
        eq, F, res = f"x^{{2}} - y^{{2}} = {b}", X**2 - Y**2 - b, "\\frac{x}{y}"
        claim = X / Y
    text = rng.choice([
        f"다음 음함수에서 {_jt(_DYDX, st, '을/를')} x, y에 대한 식으로 나타내시오. (단, 분모는 0이 아니다.)\n{_t(eq, st)}",
        f"방정식 {_t(eq, st)}에서 y를 x의 함수로 볼 때, {_jt(_DYDX, st, '을/를')} {_end(rng)} (단, 분모는 0이 아니다.)",
    ])
    return Problem(text=text, answer=f"dy/dx = {_t(res, 'unicode')}", format="computation", difficulty=2,
                   achievement_level="D", concepts=["음함수", "dy/dx"],
                   check=lambda: sp.simplify(-sp.diff(F, X) / sp.diff(F, Y) - claim) == 0)


@family(S207, "inverse-from-table")
def _i7_table(rng: random.Random) -> Problem:
    st = rng.choice(["unicode", "plain", "latex"])
    xs = sorted(rng.sample(range(-2, 6), 3))
    fv = sorted(rng.sample(range(-5, 12), 3))  # f increasing on the listed points
    fp = [rng.randint(1, 6) for _ in xs]
    i = rng.randrange(3)
    kind = rng.randrange(2)
    table = "x | " + " | ".join(map(str, xs)) + "\nf(x) | " + " | ".join(map(str, fv)) + "\nf′(x) | " + \
        " | ".join(map(str, fp))
    if kind == 0:
        q = f"f(x)의 역함수를 g(x)라 할 때, {_t('g' + chr(39) + f'({fv[i]})', st)}의 값을 구하시오."
        val = sp.Rational(1, fp[i])
    else:
        q = f"f(x)의 역함수를 g(x)라 하고 h(x) = x·g(x)라 할 때, {_t('h' + chr(39) + f'({fv[i]})', st)}의 값을 구하시오."
        val = xs[i] + sp.Rational(fv[i], fp[i])
    text = f"실수 전체의 집합에서 증가하고 미분가능한 함수 f(x)에 대하여 다음 표가 주어져 있다.\n{table}\n{q}"

    def chk() -> bool:  # local linear model f(x) = fv + fp (x - xs): inverse g(y) = xs + (y - fv)/fp
        yy = sp.Symbol("yy")
        gi = xs[i] + (yy - fv[i]) / fp[i]
        h = gi if kind == 0 else yy * gi
        return sp.diff(h, yy).subs(yy, fv[i]) == val
    return Problem(text=text, answer=_q(val), format="data", difficulty=3, achievement_level="C",
                   concepts=["dy/dx"], check=chk)


@family(S207, "derive-by-inverse-or-implicit")
def _i7_derive(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "latex", "unicode", "plain"])
    kind = rng.randrange(3)
    if kind == 0:
        n = rng.choice([2, 3, 4, 5])
        text = (f"x > 0일 때 {_t(_root_tex(n), st)}의 양변을 {n}제곱하면 "
                f"{_t(f'y^{{{n}}} = x', st)}이다. 음함수의 미분법을 이용하여 {_jt(_DYDX, st, '을/를')} x에 대한 식으로 나타내시오.")
        ans = (f"dy/dx = 1/({n}y^{n - 1}) = (1/{n})x^(1/{n} − 1)" if n > 2 else
               "dy/dx = 1/(2y) = 1/(2√x)")
        f, fp = X ** sp.Rational(1, n), sp.Rational(1, n) * X ** (sp.Rational(1, n) - 1)
        fmt, d, lv = "computation", 3, "C"
    elif kind == 1:
        text = ("다음은 함수 y = ln x가 y = eˣ의 역함수임을 이용하여 (ln x)′을 구하는 과정이다. (가), (나)에 알맞은 것을 쓰시오.\n"
                "y = ln x에서 x = (가)이므로 dx/dy = (가)이다. 따라서 dy/dx = 1/(dx/dy) = 1/(가) = (나)")
        if st == "latex":
            text = text.replace("eˣ", "$e^{x}$")
        ans = "(가) eʸ (나) 1/x"
        f, fp = sp.log(X), 1 / X
        fmt, d, lv = "fill", 2, "D"
    else:
        text = ("미분가능한 함수 f(x)의 역함수 g(x)가 존재하고 미분가능할 때, f′(g(x)) ≠ 0이면 "
                "g′(x) = 1/f′(g(x))가 성립함을 합성함수의 미분법을 이용하여 증명하시오.")
        ans = None
        f, fp = sp.exp(X), sp.exp(X)
        fmt, d, lv = "proof", 4, "A"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["음함수", "dy/dx", "ln x", "eˣ"] if kind else ["음함수", "dy/dx"],
                   also=["12미적Ⅱ-02-05"] if kind == 2 else [], check=lambda: _nderiv_ok(f, fp))


def _root_tex(n: int) -> str:
    return "y = \\sqrt{x}" if n == 2 else f"y = x^{{1/{n}}}"


@family(S207, "implicit-find-constant")
def _i7_const(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x0, y0 = rng.choice([(1, 2), (2, 1), (-1, 2), (2, 3), (3, 1)])  # not y0 = ±x0: slope would not fix a
    a = _nz(rng, -3, 3)
    c = x0 * x0 + a * x0 * y0 + y0 * y0
    F = X**2 + a * X * Y + Y**2 - c
    m = _implicit_slope(F, x0, y0)
    if not m.is_finite:
        a = a + 1 if a != -1 else 2
        c = x0 * x0 + a * x0 * y0 + y0 * y0
        F = X**2 + a * X * Y + Y**2 - c
        m = _implicit_slope(F, x0, y0)
    eq = "x^{2} + axy + y^{2} = b"
    text = rng.choice([
        f"곡선 {_t(eq, st)} 위의 점 ({x0}, {y0})에서의 접선의 기울기가 {_t(_qt(m), st)}일 때, 두 상수 a, b에 대하여 "
        f"a + b의 값을 {_end(rng)}{exam_points(rng, 4)}",
        f"두 상수 a, b에 대하여 곡선 {_jt(eq, st, '이/가')} 점 ({x0}, {y0})를 지나고 이 점에서의 접선의 기울기가 "
        f"{_t(_qt(m), st)}이다. a + b의 값을 {_end(rng)}",
    ]).replace(f"({x0}, {y0})를", f"({x0}, {y0}){josa(str(y0), '을/를')[len(str(y0)):]}")
    ans = a + c

    def chk() -> bool:
        A = sp.Symbol("A")
        G = X**2 + A * X * Y + Y**2
        eq2 = -sp.diff(G, X).subs({X: x0, Y: y0}) - m * sp.diff(G, Y).subs({X: x0, Y: y0})
        sol = sp.solve(eq2, A)
        return len(sol) == 1 and sol[0] + G.subs({X: x0, Y: y0, A: sol[0]}) == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["음함수", "dy/dx"], check=chk)


_IM_STMTS = (
    ("곡선 x^{2} + y^{2} = 25 위의 점 (3, 4)에서 \\frac{dy}{dx} = -\\frac{3}{4}이다.", X**2 + Y**2 - 25, 3, 4, R(-3, 4), True),
    ("곡선 x^{2} + y^{2} = 25 위의 점 (3, -4)에서 \\frac{dy}{dx} = -\\frac{3}{4}이다.", X**2 + Y**2 - 25, 3, -4, R(-3, 4), False),
    ("곡선 xy = 6 위의 점 (2, 3)에서 \\frac{dy}{dx} = -\\frac{3}{2}이다.", X * Y - 6, 2, 3, R(-3, 2), True),
    ("곡선 y^{2} = 4x 위의 점 (1, 2)에서 \\frac{dy}{dx} = 2이다.", Y**2 - 4 * X, 1, 2, R(2), False),
    ("곡선 y^{2} = 4x 위의 점 (1, 2)에서 \\frac{dy}{dx} = 1이다.", Y**2 - 4 * X, 1, 2, R(1), True),
    ("곡선 x^{2} - y^{2} = 3 위의 점 (2, 1)에서 \\frac{dy}{dx} = 2이다.", X**2 - Y**2 - 3, 2, 1, R(2), True),
    ("곡선 x^{3} + y^{3} = 9 위의 점 (1, 2)에서 \\frac{dy}{dx} = -\\frac{1}{2}이다.", X**3 + Y**3 - 9, 1, 2, R(-1, 2), False),
    ("곡선 x^{3} + y^{3} = 9 위의 점 (1, 2)에서 \\frac{dy}{dx} = -\\frac{1}{4}이다.", X**3 + Y**3 - 9, 1, 2, R(-1, 4), True),
)


@family(S207, "bogi-implicit")
def _i7_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    picks = rng.sample(range(len(_IM_STMTS)), 3)
    if not any(_IM_STMTS[i][5] for i in picks):
        picks[0] = 0 if 0 not in picks else 2
    stmts = [(_mixed(_IM_STMTS[i][0], st), _IM_STMTS[i][5]) for i in picks]
    block, ch = bogi(rng, stmts)
    d = 3
    text = f"{bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"

    def chk() -> bool:
        for i in picks:
            _, F, x0, y0, m, ok = _IM_STMTS[i]
            if (_implicit_slope(F, x0, y0) == m) != ok:
                return False
        return True
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["음함수", "dy/dx"], choice=ch, check=chk)


@family(S207, "implicit-curve-context")
def _i7_word(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(2)
    if kind == 0:
        x0, y0 = rng.choice([(6, 8), (8, 6), (-6, 8), (5, 12), (12, -5), (3, 4)])
        r2 = x0 * x0 + y0 * y0
        F = X**2 + Y**2 - r2
        text = (f"좌표평면에서 원 모양의 산책로가 방정식 {_t(f'x^{{2}} + y^{{2}} = {r2}', st)}로 나타내어진다 (단위: m). "
                f"산책로 위의 점 ({x0}, {y0})를 지나는 순간 산책하는 사람의 진행 방향(접선)의 기울기를 {_end(rng)}")
        text = text.replace(f"({x0}, {y0})를", f"({x0}, {y0}){josa(str(y0), '을/를')[len(str(y0)):]}")
    else:
        a, b = rng.choice([(5, 4), (5, 3), (10, 6), (10, 8)])
        x0, y0 = sp.Rational(3 * a, 5), sp.Rational(4 * b, 5)
        F = X**2 / a**2 + Y**2 / b**2 - 1
        eq = f"\\frac{{x^{{2}}}}{{{a * a}}} + \\frac{{y^{{2}}}}{{{b * b}}} = 1"
        text = (f"어느 공원의 타원 모양 연못의 가장자리가 좌표평면에서 {_t(eq, st)}로 나타내어진다. 가장자리 위의 점 "
                f"({_q(x0)}, {_q(y0)})에서 가장자리에 접하도록 직선 모양의 다리를 놓으려고 할 때, 이 다리의 기울기를 {_end(rng)}")
    val = _implicit_slope(F, x0, y0)
    return Problem(text=text, answer=_q(val), format="word", difficulty=3, achievement_level="C",
                   concepts=["음함수", "dy/dx"], check=lambda: _implicit_ok(F, x0, y0, val))


# ================================================================================================
# 12미적Ⅱ-02-08 다양한 곡선의 접선의 방정식
# ================================================================================================
S208 = "12미적Ⅱ-02-08"


def _line_ans(m: sp.Expr, c: sp.Expr) -> str:
    """'y = mx + c' as a plain answer."""
    m, c = sp.nsimplify(m), sp.nsimplify(c)
    if m == 0:
        return f"y = {_ans_expr(c)}"
    if m.is_Rational and m.q != 1:
        head = f"y = {'-' if m < 0 else ''}{'' if abs(m.p) == 1 else abs(m.p)}x/{m.q}"
    else:
        ms = "" if m == 1 else ("-" if m == -1 else _ans_expr(m))
        if ms and ("+" in ms[1:] or " - " in ms or "/" in ms):
            ms = f"({ms})"
        head = f"y = {ms}x"
    if c == 0:
        return head
    cs = _ans_expr(c)
    return f"{head} - {cs[1:]}" if cs.startswith("-") else f"{head} + {cs}"


_CURVES = (
    ("e^{x}", sp.exp(X), [("0", 0), ("1", 1)]),
    ("e^{2x}", sp.exp(2 * X), [("0", 0)]),
    ("\\ln x", sp.log(X), [("1", 1), ("e", sp.E)]),
    ("x\\ln x", X * sp.log(X), [("1", 1), ("e", sp.E)]),
    ("xe^{x}", X * sp.exp(X), [("0", 0), ("1", 1)]),
    ("\\sin x", sp.sin(X), [("0", 0), ("\\pi", sp.pi)]),
    ("\\cos x", sp.cos(X), [("\\frac{\\pi}{2}", sp.pi / 2)]),
    ("\\frac{1}{x}", 1 / X, [("1", 1), ("2", 2), ("-1", -1)]),
    ("\\sqrt{x}", sp.sqrt(X), [("1", 1), ("4", 4)]),
    ("\\ln (2x - 1)", sp.log(2 * X - 1), [("1", 1)]),
    ("\\tan x", sp.tan(X), [("0", 0), ("\\frac{\\pi}{4}", sp.pi / 4)]),
)


def _tangent_ok(f: sp.Expr, x0, m, c) -> bool:
    """The line y = m x + c touches y = f at x0: same value and the slope of a tiny chord."""
    import mpmath

    with mpmath.workdps(40):
        g = sp.lambdify(X, f, "mpmath")
        p = mpmath.mpf(sp.N(x0, 40))
        h = mpmath.mpf(10) ** -12
        slope = (g(p + h) - g(p - h)) / (2 * h)
        return abs(slope - mpmath.mpf(sp.N(m, 40))) < 1e-8 and abs(g(p) - mpmath.mpf(sp.N(m * x0 + c, 40))) < 1e-20


@family(S208, "tangent-at-point")
def _l8_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    body, f, pts = rng.choice(_CURVES)
    xt, x0 = rng.choice(pts)
    x0 = sp.sympify(x0)
    y0 = sp.nsimplify(f.subs(X, x0))
    m = sp.nsimplify(sp.diff(f, X).subs(X, x0))
    c = sp.nsimplify(y0 - m * x0)
    kind = rng.randrange(3)
    xtt = _t(xt, st) if "\\" in xt else xt
    if kind == 0:
        text = rng.choice([f"곡선 {_t('y = ' + body, st)} 위의 x좌표가 {xtt}인 점에서의 "
                           f"접선의 방정식을 {_end(rng)}",
                           f"곡선 {_t('y = ' + body, st)} 위의 점 ({xtt}, {_ans_expr(y0)})에서의 접선의 방정식을 {_end(rng)}"])
        ans = _line_ans(m, c)
    elif kind == 1:
        text = (f"곡선 {_t('y = ' + body, st)} 위의 x좌표가 {xtt}인 점에서의 접선의 y절편을 {_end(rng)}")
        ans = _ans_expr(c)
    else:
        if m == 0:
            kind = 0
            text = f"곡선 {_t('y = ' + body, st)} 위의 x좌표가 {xtt}인 점에서의 접선의 방정식을 {_end(rng)}"
            ans = _line_ans(m, c)
        else:
            text = f"곡선 {_t('y = ' + body, st)} 위의 x좌표가 {xtt}인 점에서의 법선(접선에 수직인 직선)의 방정식을 {_end(rng)}"
            ans = _line_ans(-1 / m, y0 + x0 / m)
    d = 2 if kind == 0 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["e", "ln x", "sin x"], check=lambda: _tangent_ok(f, x0, m, c))


@family(S208, "tangent-with-given-slope")
def _l8_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:  # y = e^{ax}, slope a·e^{a x0}; pick x0 = 0 or ln-free: slope a -> x0 = 0
        a = rng.randint(1, 3)
        f, body, m, x0 = sp.exp(a * X), (f"e^{{{a}x}}" if a > 1 else "e^{x}"), sp.Integer(a), sp.Integer(0)
    elif kind == 1:  # y = ln x, slope 1/k at x = k
        k = rng.randint(2, 5)
        f, body, m, x0 = sp.log(X), "\\ln x", sp.Rational(1, k), sp.Integer(k)
    elif kind == 2:  # y = x + 2 sin x? slope of sin x = cos x = 1/2 at pi/3 (0 < x < pi)
        f, body, m, x0 = sp.sin(X), "\\sin x", sp.Rational(1, 2), sp.pi / 3
    else:  # y = 1/x, slope -1/k^2 at x = k (x > 0)
        k = rng.randint(1, 3)
        f, body, m, x0 = 1 / X, "\\frac{1}{x}", sp.Rational(-1, k * k), sp.Integer(k)
    c = sp.nsimplify(f.subs(X, x0) - m * x0)
    cond = {2: " (단, 0 < x < π)", 3: " (단, x > 0)"}.get(kind, "")
    text = rng.choice([
        f"곡선 {_t('y = ' + body, st)}에 접하고 기울기가 {_t(_qt(m), st)}인 직선의 방정식을 {_end(rng)}{cond}",
        f"곡선 {_t('y = ' + body, st)}의 접선 중에서 기울기가 {_t(_qt(m), st)}인 접선의 방정식을 "
        f"{_end(rng)}{cond}",
    ]).replace("인/인", "")
    return Problem(text=text, answer=_line_ans(m, c), format="computation", difficulty=3, achievement_level="C",
                   concepts=["e", "ln x", "sin x"], check=lambda: _tangent_ok(f, x0, m, c))


@family(S208, "tangent-through-external-point")
def _l8_external(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:  # y = e^x through origin: touch at x = 1
        f, body, x0, P = sp.exp(X), "e^{x}", sp.Integer(1), (0, 0)
    elif kind == 1:  # y = ln x through origin: touch at x = e
        f, body, x0, P = sp.log(X), "\\ln x", sp.E, (0, 0)
    else:  # y = e^x through (a, 0): touch at x = a + 1
        a = rng.randint(-2, 2)
        f, body, x0, P = sp.exp(X), "e^{x}", sp.Integer(a + 1), (a, 0)
    m = sp.nsimplify(sp.diff(f, X).subs(X, x0))
    c = sp.nsimplify(f.subs(X, x0) - m * x0)
    ptxt = "원점" if P == (0, 0) else f"점 ({P[0]}, {P[1]})"
    text = rng.choice([f"{ptxt}에서 곡선 {_t('y = ' + body, st)}에 그은 접선의 방정식을 {_end(rng)}",
                       f"{ptxt}을 지나고 곡선 {_t('y = ' + body, st)}에 접하는 직선의 방정식과 접점의 좌표를 {_end(rng)}"])
    if "접점" in text:
        ans = f"{_line_ans(m, c)}, 접점 ({_ans_expr(x0)}, {_ans_expr(sp.nsimplify(f.subs(X, x0)))})"
    else:
        ans = _line_ans(m, c)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["e", "ln x"],
                   check=lambda: _tangent_ok(f, x0, m, c) and abs(float(m * P[0] + c - P[1])) < 1e-12)


@family(S208, "tangent-parametric-implicit")
def _l8_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        a, b = rng.randint(1, 3), rng.randint(-2, 2)
        t0 = rng.randint(1, 2)
        xt, yt = TS**2 + b, a * TS**3
        x0, y0 = xt.subs(TS, t0), yt.subs(TS, t0)
        m = sp.Rational(3 * a * t0 * t0, 2 * t0)
        sys_ = f"x = {_poly([1, 0, b], 't')}, \\quad y = {'' if a == 1 else a}t^{{3}}"
        text = f"매개변수 t로 나타낸 곡선 {_t(sys_, st)}에서 t = {t0}에 대응하는 점에서의 접선의 방정식을 {_end(rng)}"
        concepts = ["매개변수", "dy/dx"]

        def chk() -> bool:
            return _pcheck(xt, yt, t0, m)
    else:
        x0, y0 = rng.choice([(3, 4), (4, 3), (-3, 4), (1, 2), (2, -1), (5, 12)])
        r2 = x0 * x0 + y0 * y0
        m = sp.Rational(-x0, y0)
        text = rng.choice([f"원 {_t(f'x^{{2}} + y^{{2}} = {r2}', st)} 위의 점 ({x0}, {y0})에서의 접선의 방정식을 {_end(rng)}",
                           f"음함수의 미분법을 이용하여 곡선 {_t(f'x^{{2}} + y^{{2}} = {r2}', st)} 위의 점 ({x0}, {y0})에서의 "
                           f"접선의 방정식을 {_end(rng)}"])
        concepts = ["음함수", "dy/dx"]

        def chk() -> bool:
            return _implicit_ok(X**2 + Y**2 - r2, x0, y0, m)
    c = y0 - m * x0
    return Problem(text=text, answer=_line_ans(m, c), format="computation", difficulty=3, achievement_level="C",
                   concepts=concepts, also=[S206] if kind == 0 else [S207], check=chk)


@family(S208, "tangent-triangle-area")
def _l8_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:  # y = k/x at x = a: tangent meets axes at (2a, 0), (0, 2k/a): area 2k
        k, a = rng.randint(1, 6), rng.randint(1, 4)
        f, body, x0 = sp.Integer(k) / X, f"\\frac{{{k}}}{{x}}", sp.Integer(a)
    else:  # y = e^x at x = a (a < -1 or so): intercepts
        a = rng.choice([-2, -3, 1, 2])
        f, body, x0 = sp.exp(X), "e^{x}", sp.Integer(a)
    m = sp.diff(f, X).subs(X, x0)
    c = f.subs(X, x0) - m * x0
    xint = -c / m
    area = sp.nsimplify(sp.Abs(xint * c) / 2)
    text = rng.choice([
        f"곡선 {_t('y = ' + body, st)} 위의 x좌표가 {x0}인 점에서의 접선과 x축, y축으로 둘러싸인 삼각형의 넓이를 {_end(rng)}",
        f"곡선 {_t('y = ' + body, st)} 위의 점 ({x0}, {_ans_expr(sp.nsimplify(f.subs(X, x0)))})에서 그은 접선이 x축, y축과 "
        f"만나는 점을 각각 A, B라 할 때, 삼각형 OAB의 넓이를 {_end(rng)} (단, O는 원점이다.)",
    ])
    return Problem(text=text, answer=_ans_expr(area), format="computation", difficulty=4, achievement_level="B",
                   concepts=["e", "eˣ"] if kind else ["도함수"],
                   check=lambda: _tangent_ok(f, x0, m, c) and abs(float(area) - abs(float(xint * c)) / 2) < 1e-12)


@family(S208, "tangent-find-constant")
def _l8_const(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:  # y = ax tangent to y = ln x  ->  a = 1/e, touch at x = e ; ask 1/a
        text = (f"직선 {_t('y = ax', st)}가 곡선 {_t(_YLN, st)}에 접할 때, 양수 a의 값과 접점의 "
                f"x좌표를 {_end(rng)}")
        ans = "a = 1/e, 접점의 x좌표 e"
        f, x0, m, c = sp.log(X), sp.E, 1 / sp.E, sp.Integer(0)
    elif kind == 1:  # y = x + k tangent to y = e^x -> k = 1 at x = 0; general y = m x + k with m = e^{x0}? use m = 1
        b = rng.randint(1, 3)
        text = (f"직선 {_t(f'y = {b}x + k', st)}가 곡선 {_t(_yebx(b), st)}에 접할 때, 상수 k의 값을 {_end(rng)}")
        # e^{bx} slope b e^{b x0} = b -> x0 = 0, y0 = 1, k = 1
        ans = "1"
        f, x0, m, c = sp.exp(b * X), sp.Integer(0), sp.Integer(b), sp.Integer(1)
    else:  # y = x + k tangent to y = 2 sin x? slope 2cos x = 1 at x = π/3 (0 < x < π): k = √3 - π/3
        text = (f"0 < x < π에서 직선 {_t('y = x + k', st)}가 곡선 {_t(_Y2SIN, st)}에 접할 때, 상수 k의 값을 {_end(rng)}")
        f, x0, m = 2 * sp.sin(X), sp.pi / 3, sp.Integer(1)
        c = sp.nsimplify(f.subs(X, x0) - x0)
        ans = _ans_expr(c)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["e", "ln x", "sin x"], check=lambda: _tangent_ok(f, x0, m, c))


_YLN = "y = \\ln x"
_Y2SIN = "y = 2\\sin x"


def _yebx(b: int) -> str:
    return "y = e^{x}" if b == 1 else f"y = e^{{{b}x}}"


_TAN_STMTS = (
    ("곡선 y = e^{x} 위의 점 (0, 1)에서의 접선의 방정식은 y = x + 1이다.", sp.exp(X), 0, 1, 1, True),
    ("곡선 y = \\ln x 위의 점 (1, 0)에서의 접선의 방정식은 y = x - 1이다.", sp.log(X), 1, 1, -1, True),
    ("곡선 y = \\sin x 위의 점 (\\pi, 0)에서의 접선의 방정식은 y = x - \\pi이다.", sp.sin(X), sp.pi, 1, -sp.pi, False),
    ("곡선 y = \\sin x 위의 점 (\\pi, 0)에서의 접선의 방정식은 y = -x + \\pi이다.", sp.sin(X), sp.pi, -1, sp.pi, True),
    ("곡선 y = \\frac{1}{x} 위의 점 (1, 1)에서의 접선의 방정식은 y = x이다.", 1 / X, 1, 1, 0, False),
    ("곡선 y = xe^{x} 위의 점 (0, 0)에서의 접선의 방정식은 y = x이다.", X * sp.exp(X), 0, 1, 0, True),
    ("곡선 y = e^{2x} 위의 점 (0, 1)에서의 접선의 방정식은 y = x + 1이다.", sp.exp(2 * X), 0, 1, 1, False),
    ("곡선 y = \\cos x 위의 점 (0, 1)에서의 접선은 x축에 평행하다.", sp.cos(X), 0, 0, 1, True),
)


@family(S208, "bogi-tangent-lines")
def _l8_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    picks = rng.sample(range(len(_TAN_STMTS)), 3)
    if not any(_TAN_STMTS[i][5] for i in picks):
        picks[0] = 0 if 0 not in picks else 1
    stmts = [(_mixed(_TAN_STMTS[i][0], st), _TAN_STMTS[i][5]) for i in picks]
    block, ch = bogi(rng, stmts)
    d = 3
    text = f"{bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"

    def chk() -> bool:
        for i in picks:
            _, f, x0, m, c, ok = _TAN_STMTS[i]
            if _tangent_ok(f, sp.sympify(x0), sp.sympify(m), sp.sympify(c)) != ok:
                return False
        return True
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["e", "ln x", "sin x"], choice=ch, check=chk)


@family(S208, "tangent-steps-fill")
def _l8_fill(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode", "plain"])
    body, f, pts = rng.choice([c_ for c_ in _CURVES if c_[0] not in ("\\tan x", "\\ln (2x - 1)")])
    xt, x0 = rng.choice(pts)
    x0 = sp.sympify(x0)
    y0 = sp.nsimplify(f.subs(X, x0))
    fp = sp.diff(f, X)
    m = sp.nsimplify(fp.subs(X, x0))
    c = sp.nsimplify(y0 - m * x0)
    fp_txt = {"e^{x}": "eˣ", "e^{2x}": "2e²ˣ", "\\ln x": "1/x", "x\\ln x": "ln x + 1", "xe^{x}": "(x + 1)eˣ",
              "\\sin x": "cos x", "\\cos x": "−sin x", "\\frac{1}{x}": "−1/x²", "\\sqrt{x}": "1/(2√x)"}[body]
    xtt = _t(xt, st) if "\\" in xt else xt
    text = (f"다음은 곡선 {_t('y = ' + body, st)} 위의 x좌표가 {xtt}인 점에서의 접선의 방정식을 구하는 과정이다. "
            f"(가), (나), (다)에 알맞은 것을 쓰시오.\n"
            f"y′ = (가)이므로 x = {xtt}에서의 접선의 기울기는 (나)이고, 접점의 y좌표는 {_ans_expr(y0)}이다.\n"
            f"따라서 구하는 접선의 방정식은 (다)이다.")
    ans = f"(가) {fp_txt} (나) {_ans_expr(m)} (다) {_line_ans(m, c)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["e", "ln x", "sin x", "도함수"], check=lambda: _tangent_ok(f, x0, m, c))


# ================================================================================================
# 12미적Ⅱ-02-09 함수의 그래프의 개형 (이계도함수, 오목·볼록, 변곡점)
# ================================================================================================
S209 = "12미적Ⅱ-02-09"
_SHAPES = (  # (LaTeX-lite, f, inflection x-values, critical points [(x, kind)])
    ("xe^{-x}", X * sp.exp(-X), [2], [(1, "max")]),
    ("xe^{x}", X * sp.exp(X), [-2], [(-1, "min")]),
    ("\\ln (x^{2} + 1)", sp.log(X**2 + 1), [-1, 1], [(0, "min")]),
    ("x - \\ln x", X - sp.log(X), [], [(1, "min")]),
    ("\\frac{\\ln x}{x}", sp.log(X) / X, [sp.exp(sp.Rational(3, 2))], [(sp.E, "max")]),
    ("x^{2}e^{x}", X**2 * sp.exp(X), [-2 - sp.sqrt(2), -2 + sp.sqrt(2)], [(-2, "max"), (0, "min")]),
    ("e^{-x^{2}}", sp.exp(-X**2), [-1 / sp.sqrt(2), 1 / sp.sqrt(2)], [(0, "max")]),
    ("x\\ln x", X * sp.log(X), [], [(sp.exp(-1), "min")]),
)


def _fpp_sign(f: sp.Expr, x0) -> float:
    return float(sp.diff(f, X, 2).subs(X, x0))


@family(S209, "second-derivative-value")
def _g9_second(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = [("e^{x}\\sin x", sp.exp(X) * sp.sin(X), [("0", 0), ("\\frac{\\pi}{2}", sp.pi / 2)]),
            ("x\\ln x", X * sp.log(X), [("1", 1), ("e", sp.E)]),
            ("\\ln (x^{2} + 1)", sp.log(X**2 + 1), [("0", 0), ("1", 1)]),
            ("xe^{2x}", X * sp.exp(2 * X), [("0", 0)]),
            ("\\sin^{2} x", sp.sin(X) ** 2, [("0", 0), ("\\frac{\\pi}{4}", sp.pi / 4)]),
            ("\\frac{1}{x + 1}", 1 / (X + 1), [("0", 0), ("1", 1)]),
            ("x^{2}\\ln x", X**2 * sp.log(X), [("1", 1)])]
    body, f, pts = rng.choice(pool)
    at, av = rng.choice(pts)
    fn = rng.choice(["f", "g"])
    val = sp.nsimplify(sp.simplify(sp.diff(f, X, 2).subs(X, av)))
    att = _t(at, st) if "\\" in at else at
    text = rng.choice([f"함수 {_t(fn + '(x) = ' + body, st)}에 대하여 {_t(fn + chr(39) + chr(39) + '(' + at + ')', st)}의 "
                       f"{_end(rng, '값')}",
                       f"함수 {_t('y = ' + body, st)}의 이계도함수를 구하고, x = {att}에서의 이계도함수의 값을 {_end(rng)}"])

    def chk() -> bool:
        import mpmath
        with mpmath.workdps(40):
            g = sp.lambdify(X, f, "mpmath")
            p = mpmath.mpf(sp.N(av, 40))
            h = mpmath.mpf(10) ** -8
            num = (g(p + h) - 2 * g(p) + g(p - h)) / (h * h)
            return abs(num - mpmath.mpf(sp.N(val, 40))) < 1e-5
    return Problem(text=text, answer=_ans_expr(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["이계도함수", "f″(x)"], check=chk)


@family(S209, "inflection-points")
def _g9_inflection(rng: random.Random) -> Problem:
    st = pick_style(rng)
    body, f, infl, _ = rng.choice([s_ for s_ in _SHAPES if s_[2]])
    pts = [(sp.nsimplify(x0), f.subs(X, x0)) for x0 in infl]
    kind = rng.randrange(2) if body != "x^{2}e^{x}" else 1
    if kind == 0:
        text = rng.choice([f"곡선 {_t('y = ' + body, st)}의 변곡점의 좌표를 모두 {_end(rng)}",
                           f"함수 {_t('f(x) = ' + body, st)}의 그래프에서 변곡점을 모두 {_end(rng)}"])
        ans = ", ".join(f"({_ans_expr(a)}, {_ans_expr(b)})" for a, b in pts).replace("exp(-3/2)", "e^(-3/2)")
    else:
        text = f"곡선 {_t('y = ' + body, st)}의 변곡점의 x좌표를 모두 {_end(rng)}"
        ans = ", ".join(_ans_expr(a) for a, _ in pts)
    d = 3

    def chk() -> bool:  # f'' changes sign across each claimed point
        eps = sp.Rational(1, 100)
        return all(_fpp_sign(f, x0 - eps) * _fpp_sign(f, x0 + eps) < 0 and abs(_fpp_sign(f, x0)) < 1e-9 for x0 in infl)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C",
                   concepts=["변곡점", "이계도함수"], check=chk)


@family(S209, "concavity-interval")
def _g9_concave(rng: random.Random) -> Problem:
    st = pick_style(rng)
    choice_ = rng.randrange(4)
    if choice_ == 0:
        body, f, up, down = "\\ln (x^{2} + 1)", sp.log(X**2 + 1), "−1 < x < 1", "x < −1 또는 x > 1"
        tests_up, tests_down = [0, sp.Rational(1, 2)], [-2, 2]
    elif choice_ == 1:
        body, f, up, down = "xe^{x}", X * sp.exp(X), "x > −2", "x < −2"
        tests_up, tests_down = [-1, 0, 3], [-3, -5]
    elif choice_ == 2:
        body, f, up, down = "xe^{-x}", X * sp.exp(-X), "x > 2", "x < 2"
        tests_up, tests_down = [3, 5], [0, 1]
    else:
        body, f, up, down = "e^{-x^{2}}", sp.exp(-X**2), "x < −√2/2 또는 x > √2/2", "−√2/2 < x < √2/2"
        tests_up, tests_down = [-1, 1], [0, sp.Rational(1, 2)]
    ask_up = rng.random() < 0.5
    what = "아래로 볼록" if ask_up else "위로 볼록"
    text = rng.choice([f"곡선 {_jt('y = ' + body, st, '이/가')} {what}한 구간을 {_end(rng)}",
                       f"함수 {_t('f(x) = ' + body, st)}의 그래프가 {what}인 x의 값의 범위를 {_end(rng)}"])
    return Problem(text=text, answer=up if ask_up else down, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이계도함수", "변곡점"],
                   check=lambda: all(_fpp_sign(f, t) > 0 for t in tests_up) and all(_fpp_sign(f, t) < 0 for t in tests_down))


@family(S209, "extrema-exp-log")
def _g9_extrema(rng: random.Random) -> Problem:
    st = pick_style(rng)
    body, f, _, crit = rng.choice(_SHAPES)
    x0, kind = rng.choice(crit)
    val = sp.nsimplify(sp.simplify(f.subs(X, x0)))
    word = "극댓값" if kind == "max" else "극솟값"
    text = rng.choice([f"함수 {_t('f(x) = ' + body, st)}의 {word}을 {_end(rng)}",
                       f"함수 {_t('f(x) = ' + body, st)}가 x = a에서 {'극대' if kind == 'max' else '극소'}일 때, a의 값과 "
                       f"그때의 {word}을 {_end(rng)}"])
    ans = _ans_expr(val) if "a의 값과" not in text else f"a = {_ans_expr(sp.nsimplify(x0))}, {word} {_ans_expr(val)}"
    d = 3

    def chk() -> bool:
        fp = sp.diff(f, X)
        eps = sp.Rational(1, 50)
        left, right = float(fp.subs(X, x0 - eps)), float(fp.subs(X, x0 + eps))
        ok_sign = (left > 0 > right) if kind == "max" else (left < 0 < right)
        return abs(float(fp.subs(X, x0))) < 1e-12 and ok_sign
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C",
                   concepts=["극값", "극댓값", "극솟값", "e", "ln x"], check=chk)


@family(S209, "constant-from-inflection")
def _g9_const(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:  # f = x^3 + a x^2 + b x : inflection at x = p -> a = -3p ; slope there = m -> b
        p, m = rng.randint(-2, 2), rng.randint(-4, 4)
        a = -3 * p
        b = m - (3 * p * p + 2 * a * p)
        body = "x^{3} + ax^{2} + bx"
        text = (f"함수 {_t('f(x) = ' + body, st)}의 그래프의 변곡점의 x좌표가 {p}이고, 이 변곡점에서의 접선의 기울기가 {m}일 때, "
                f"두 상수 a, b에 대하여 a + b의 값을 {_end(rng)}{exam_points(rng, 3)}")
        ans = a + b

        def chk() -> bool:
            A, B = sp.symbols("A B")
            g = X**3 + A * X**2 + B * X
            sol = sp.solve([sp.diff(g, X, 2).subs(X, p), sp.diff(g, X).subs(X, p) - m], [A, B], dict=True)
            return len(sol) == 1 and sol[0][A] + sol[0][B] == ans
    elif kind == 1:  # f = e^x + a x^2 : inflection at x = 0 -> f''(0) = 1 + 2a = 0 -> a = -1/2 ; generalize at x = ln k
        k = rng.randint(1, 4)
        a = sp.Rational(-k, 2)
        body = "e^{x} + ax^{2}"
        xk = "0" if k == 1 else f"\\ln {k}"
        text = (f"함수 {_t('f(x) = ' + body, st)}의 그래프가 x = {_t(xk, st) if k > 1 else '0'}에서 변곡점을 가질 때, "
                f"상수 a의 값을 {_end(rng)}")
        ans = a

        def chk() -> bool:
            f = sp.exp(X) + a * X**2
            x0 = sp.log(k)
            eps = sp.Rational(1, 100)
            return abs(float(sp.diff(f, X, 2).subs(X, x0))) < 1e-12 and \
                float(sp.diff(f, X, 2).subs(X, x0 - eps)) * float(sp.diff(f, X, 2).subs(X, x0 + eps)) < 0
    else:  # f = x^2 + a ln x (x > 0) has an extreme value at x = p -> a = -2p^2
        p = rng.randint(1, 3)
        a = -2 * p * p
        body = "x^{2} + a\\ln x"
        text = f"x > 0에서 정의된 함수 {_t('f(x) = ' + body, st)}가 x = {p}에서 극값을 가질 때, 상수 a의 값을 {_end(rng)}"
        ans = a

        def chk() -> bool:
            f = X**2 + a * sp.log(X)
            return sp.diff(f, X).subs(X, p) == 0
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["변곡점", "이계도함수", "극값"], check=chk)


@family(S209, "sign-table-reading")
def _g9_table(rng: random.Random) -> Problem:
    xs = ["x < a", "x = a", "a < x < b", "x = b", "b < x < c", "x = c", "x > c"]
    # choose a random pattern for f' and f'' signs on the open intervals
    fp = [rng.choice(["+", "-"]) for _ in range(4)]
    fpp = [rng.choice(["+", "-"]) for _ in range(4)]
    cells_fp = [fp[0], "0" if fp[0] != fp[1] else fp[0], fp[1], "0" if fp[1] != fp[2] else fp[1], fp[2],
                "0" if fp[2] != fp[3] else fp[2], fp[3]]
    cells_fpp = [fpp[0], "0" if fpp[0] != fpp[1] else fpp[0], fpp[1], "0" if fpp[1] != fpp[2] else fpp[1], fpp[2],
                 "0" if fpp[2] != fpp[3] else fpp[2], fpp[3]]
    table = ("x | " + " | ".join(xs) + "\nf′(x) | " + " | ".join(cells_fp) + "\nf″(x) | " + " | ".join(cells_fpp))
    pts = ["a", "b", "c"]
    maxima = [pts[i] for i in range(3) if fp[i] == "+" and fp[i + 1] == "-"]
    minima = [pts[i] for i in range(3) if fp[i] == "-" and fp[i + 1] == "+"]
    infl = [pts[i] for i in range(3) if fpp[i] != fpp[i + 1]]
    ask = rng.randrange(3)
    if ask == 0:
        q, ans = "함수 f(x)가 극대가 되는 x의 값과 극소가 되는 x의 값을 각각 모두 쓰시오. (없으면 '없다'라고 쓰시오.)", \
            f"극대: {', '.join(maxima) or '없다'}, 극소: {', '.join(minima) or '없다'}"
    elif ask == 1:
        q, ans = "곡선 y = f(x)의 변곡점의 x좌표를 모두 쓰시오. (없으면 '없다'라고 쓰시오.)", ", ".join(infl) or "없다"
    else:
        q = "구간 a < x < b에서 곡선 y = f(x)는 증가하는지 감소하는지, 위로 볼록한지 아래로 볼록한지 쓰시오."
        ans = ("증가" if fp[1] == "+" else "감소") + ", " + ("아래로 볼록" if fpp[1] == "+" else "위로 볼록")
    text = (f"이계도함수를 갖는 함수 f(x)에 대하여 f′(x)와 f″(x)의 부호를 조사하여 다음 표를 얻었다. (a < b < c)\n{table}\n{q}")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["이계도함수", "변곡점", "f″(x)", "극값"],
                   check=lambda: len(maxima) + len(minima) == sum(1 for i in range(3) if fp[i] != fp[i + 1]))


_SHAPE_STMTS = (
    ("함수 f(x) = xe^{-x}는 x = 1에서 극댓값 \\frac{1}{e}을 갖는다.", True),
    ("곡선 y = xe^{-x}의 변곡점의 x좌표는 2이다.", True),
    ("곡선 y = xe^{-x}는 x < 2에서 아래로 볼록하다.", False),
    ("함수 f(x) = x - \\ln x의 극솟값은 1이다.", True),
    ("곡선 y = \\ln x는 x > 0에서 아래로 볼록하다.", False),
    ("곡선 y = e^{x}는 실수 전체에서 아래로 볼록하다.", True),
    ("곡선 y = \\ln (x^{2} + 1)의 변곡점은 2개이다.", True),
    ("함수 f(x) = \\frac{\\ln x}{x}는 x = e에서 극솟값을 갖는다.", False),
)


@family(S209, "bogi-graph-shape")
def _g9_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    picks = rng.sample(range(len(_SHAPE_STMTS)), 3)
    if not any(_SHAPE_STMTS[i][1] for i in picks):
        picks[0] = 0 if 0 not in picks else 5
    stmts = [(_mixed(_SHAPE_STMTS[i][0], st), _SHAPE_STMTS[i][1]) for i in picks]
    block, ch = bogi(rng, stmts)
    d = 4
    text = f"{bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"

    def truth(i: int) -> bool:
        checks = {
            0: lambda: abs(float(sp.diff(X * sp.exp(-X), X).subs(X, 1))) < 1e-12 and _fpp_sign(X * sp.exp(-X), 1) < 0,
            1: lambda: abs(_fpp_sign(X * sp.exp(-X), 2)) < 1e-12,
            2: lambda: _fpp_sign(X * sp.exp(-X), 0) > 0,
            3: lambda: (X - sp.log(X)).subs(X, 1) == 1 and _fpp_sign(X - sp.log(X), 1) > 0,
            4: lambda: _fpp_sign(sp.log(X), 2) > 0,
            5: lambda: all(_fpp_sign(sp.exp(X), t) > 0 for t in (-3, 0, 3)),
            6: lambda: abs(_fpp_sign(sp.log(X**2 + 1), 1)) < 1e-12 and abs(_fpp_sign(sp.log(X**2 + 1), -1)) < 1e-12,
            7: lambda: _fpp_sign(sp.log(X) / X, sp.E) > 0,
        }
        return checks[i]()
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="B",
                   concepts=["이계도함수", "변곡점", "극값"], choice=ch,
                   check=lambda: all(truth(i) == _SHAPE_STMTS[i][1] for i in picks))


@family(S209, "sketch-graph-task")
def _g9_task(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    body, f, infl, crit = rng.choice([s_ for s_ in _SHAPES if s_[0] in ("xe^{-x}", "xe^{x}", "\\ln (x^{2} + 1)",
                                                                           "e^{-x^{2}}", "x - \\ln x")])
    text = rng.choice([
        f"함수 {_t('f(x) = ' + body, st)}에 대하여 다음 순서에 따라 그래프의 개형을 그리시오.\n"
        f"(1) f′(x), f″(x)를 구하시오.\n(2) 증가·감소와 오목·볼록을 표로 나타내고, 극값과 변곡점을 구하시오.\n"
        f"(3) x → ∞, x → −∞일 때 (정의역에 맞게) f(x)의 변화를 조사하여 그래프의 개형을 그리시오.",
        f"[탐구] 공학 도구를 이용하여 곡선 {_t('y = ' + body, st)}를 그려 보고, 이계도함수의 부호를 이용하여 곡선이 위로 볼록한 "
        f"부분과 아래로 볼록한 부분을 구분하시오. 또한 극값과 변곡점의 좌표를 구하여 그래프와 비교하시오.",
    ])
    ans = ("극값: " + ", ".join(f"x = {_ans_expr(sp.nsimplify(x0))}에서 {'극대' if k == 'max' else '극소'}" for x0, k in crit)
           + "; 변곡점의 x좌표: " + (", ".join(_ans_expr(sp.nsimplify(v)) for v in infl) or "없음"))
    return Problem(text=text, answer=ans, format="task", difficulty=4, achievement_level="A",
                   concepts=["이계도함수", "변곡점", "극값", "f″(x)"],
                   check=lambda: all(abs(float(sp.diff(f, X).subs(X, x0))) < 1e-12 for x0, _ in crit)
                   and all(abs(_fpp_sign(f, v)) < 1e-9 for v in infl))


# ================================================================================================
# 12미적Ⅱ-02-10 방정식과 부등식에의 활용
# ================================================================================================
S210 = "12미적Ⅱ-02-10"
# (equation LaTeX-lite with k, g(x) with the equation g(x) = k, domain (lo, hi), extreme x, kind, left/right limits)
_ROOTSHAPES = (
    ("e^{x} - x = k", sp.exp(X) - X, (-30, 30), 0, "min", (sp.oo, sp.oo)),
    ("xe^{-x} = k", X * sp.exp(-X), (-30, 60), 1, "max", (-sp.oo, 0)),
    ("\\ln x = kx", sp.log(X) / X, (sp.Rational(1, 10**6), 10**6), sp.E, "max", (-sp.oo, 0)),
    ("e^{x} = kx", sp.exp(X) / X, (sp.Rational(1, 10**6), 40), 1, "min", (sp.oo, sp.oo)),
    ("x - \\ln x = k", X - sp.log(X), (sp.Rational(1, 10**6), 10**6), 1, "min", (sp.oo, sp.oo)),
)


def _root_count(g: sp.Expr, k, ext_x, kind: str, lims) -> int:
    """Roots of g(x) = k from the shape: one extremum, limits at both ends of the domain."""
    m = g.subs(X, ext_x)
    if k == m:
        return 1
    # each monotone piece contributes one root when k lies strictly between the extreme value and that end's limit
    return sum(1 for lim in lims if (m < k < lim if kind == "min" else lim < k < m))


def _root_count_num(g: sp.Expr, k, dom) -> int:
    import math

    f = sp.lambdify(X, g - k, "math")
    lo, hi = float(dom[0]), float(dom[1])
    # log-spaced grid near 0 for (0, ∞) domains
    if lo > 0:
        xs = [math.exp(math.log(lo) + (math.log(hi) - math.log(lo)) * i / 6000) for i in range(6001)]
    else:
        xs = [lo + (hi - lo) * i / 6000 for i in range(6001)]
    vals = []
    for xv in xs:
        try:
            vals.append(f(xv))
        except (OverflowError, ValueError, ZeroDivisionError):
            vals.append(float("nan"))
    return sum(1 for a, b in itertools.pairwise(vals) if a == a and b == b and (a == 0 or a * b < 0))


@family(S210, "root-count-with-parameter")
def _r10_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    eq, g, dom, ex, kind, lims = rng.choice(_ROOTSHAPES)
    m = g.subs(X, ex)
    mtxt = _ans_expr(sp.nsimplify(m))
    form = rng.randrange(2)
    if form == 0:
        cands = [m, m + 1, m - sp.Rational(1, 2), sp.Integer(0) if m != 0 else sp.Integer(-1), m + 3]
        if kind == "max":
            cands += [m / 2]
        k = rng.choice([c for c in cands if c != 0 or kind == "max"])
        k = sp.nsimplify(k)
        ans = _root_count(g, k, ex, kind, lims)
        dom_txt = " (단, x > 0)" if dom[0] > 0 else ""
        text = rng.choice([f"k = {_ans_expr(k)}일 때, x에 대한 방정식 {_t(eq, st)}의 서로 다른 실근의 개수를 {_end(rng)}{dom_txt}",
                           f"방정식 {_t(eq.replace('k', _qt(k) if k.is_Rational else _etex_any(k)), st)}의 서로 다른 실근의 개수를 "
                           f"{_end(rng)}{dom_txt}"])
        ans_s = str(ans)

        def chk() -> bool:
            if k == m:
                return ans == 1 and abs(float(sp.diff(g, X).subs(X, ex))) < 1e-12
            return _root_count_num(g, k, dom) == ans
    else:
        two = ("k > " + mtxt) if kind == "min" else (f"0 < k < {mtxt}" if lims[1] == 0 else f"k < {mtxt}")
        text = rng.choice([f"x에 대한 방정식 {_jt(eq, st, '이/가')} 서로 다른 두 실근을 갖도록 하는 실수 k의 값의 범위를 {_end(rng)}",
                           f"방정식 {_t(eq, st)}의 서로 다른 실근이 2개가 되도록 하는 k의 값의 범위를 {_end(rng)}"])
        if dom[0] > 0:
            text += " (단, x > 0)"
        ans_s = two
        kk = (m + 1) if kind == "min" else (m / 2 if lims[1] == 0 else m - 1)

        def chk() -> bool:
            return _root_count_num(g, kk, dom) == 2 and _root_count(g, kk, ex, kind, lims) == 2
    return Problem(text=text, answer=ans_s, format="computation", difficulty=4, achievement_level="B",
                   concepts=["e", "ln x", "극값"], check=chk)


def _etex_any(k: sp.Expr) -> str:
    return sp.latex(k)


_INEQS = (
    ("e^{x} \\ge x + 1", "모든 실수 x", sp.exp(X) - X - 1, (-20, 20)),
    ("\\ln x \\le x - 1", "모든 양수 x", X - 1 - sp.log(X), (sp.Rational(1, 1000), 1000)),
    ("x \\ge \\sin x", "x ≥ 0인 모든 실수 x", X - sp.sin(X), (0, 50)),
    ("e^{x} \\ge ex", "모든 실수 x", sp.exp(X) - sp.E * X, (-20, 20)),
    ("x\\ln x \\ge x - 1", "모든 양수 x", X * sp.log(X) - X + 1, (sp.Rational(1, 1000), 1000)),
    ("\\cos x \\ge 1 - \\frac{x^{2}}{2}", "모든 실수 x", sp.cos(X) - 1 + X**2 / 2, (-20, 20)),
)


@family(S210, "prove-inequality")
def _r10_prove(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    ineq, dom_txt, h, dom = rng.choice(_INEQS)
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([f"{dom_txt}에 대하여 부등식 {_jt(ineq, st, '이/가')} 성립함을 증명하시오.",
                           f"함수의 최솟값을 이용하여 {dom_txt}에 대하여 {_jt(ineq, st, '이/가')} 성립함을 보이시오."])
        ans, fmt, d, lv = None, "proof", 4, "A"
    else:
        text = (f"{dom_txt}에 대하여 부등식 {_jt(ineq, st, '이/가')} 성립함을 보이려고 한다. (좌변) − (우변)을 f(x)라 할 때, "
                f"f(x)의 최솟값과 그때의 x의 값을 {_end(rng)}")
        xs = sp.solve(sp.diff(h, X), X) if ineq != "x \\ge \\sin x" and "cos" not in ineq else [sp.Integer(0)]
        xs = [v for v in xs if v.is_real and float(dom[0]) <= float(v) <= float(dom[1])] or [sp.Integer(0)]
        ans = f"최솟값 0 (x = {_ans_expr(xs[0])})"
        fmt, d, lv = "computation", 3, "B"

    def chk() -> bool:
        f = sp.lambdify(X, h, "math")
        lo, hi = float(dom[0]), float(dom[1])
        return all(f(lo + (hi - lo) * i / 400) >= -1e-12 for i in range(401))
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["e", "ln x", "극값"], check=chk)


@family(S210, "best-constant-inequality")
def _r10_const(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        ineq, dom_txt, best, what, g = "e^{x} \\ge kx", "모든 양수 x", sp.E, "최댓값", sp.exp(X) / X
    elif kind == 1:
        ineq, dom_txt, best, what, g = "x - \\ln x \\ge k", "모든 양수 x", sp.Integer(1), "최댓값", X - sp.log(X)
    elif kind == 2:
        ineq, dom_txt, best, what, g = "e^{x} - x \\ge k", "모든 실수 x", sp.Integer(1), "최댓값", sp.exp(X) - X
    else:
        ineq, dom_txt, best, what, g = "\\ln x \\le kx", "모든 양수 x", 1 / sp.E, "최솟값", sp.log(X) / X
    text = rng.choice([f"{dom_txt}에 대하여 부등식 {_jt(ineq, st, '이/가')} 성립하도록 하는 실수 k의 {what}을 {_end(rng)}{exam_points(rng, 4)}",
                       f"부등식 {_jt(ineq, st, '이/가')} {dom_txt}에 대하여 항상 성립할 때, 실수 k의 {what}을 {_end(rng)}"])

    def chk() -> bool:
        import math
        f = sp.lambdify(X, g, "math")
        pos = "양수" in dom_txt
        xs = [math.exp(-8 + 13 * i / 4000) for i in range(4001)] if pos else [-20 + 40 * i / 4000 for i in range(4001)]
        vals = [f(v) for v in xs]
        ext = min(vals) if what == "최댓값" else max(vals)
        return abs(ext - float(best)) < 1e-4
    return Problem(text=text, answer=_ans_expr(best), format="computation", difficulty=4, achievement_level="B",
                   concepts=["e", "ln x", "극값"], check=chk)


@family(S210, "curve-line-intersections")
def _r10_intersect(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.4, 0.4, 0.2))
    k = rng.choice([1, 2, 3, sp.E, 4, -1])
    # y = e^x and y = kx : k > e -> 2, k = e -> 1, 0 <= k < e -> 0, k < 0 -> 1
    if k == sp.E:
        ans = 1
    elif k > sp.E:
        ans = 2
    elif k >= 0:
        ans = 0
    else:
        ans = 1
    ktex = "e" if k == sp.E else ("-" if k == -1 else ("" if k == 1 else str(k)))
    text = rng.choice([f"곡선 {_jt('y = e^{x}', st, '과/와')} 직선 {_t(f'y = {ktex}x', st)}의 교점의 개수를 {_end(rng)}",
                       f"두 함수 {_t('y = e^{x}', st)}, {_t(f'y = {ktex}x', st)}의 그래프가 만나는 점의 개수를 {_end(rng)}"])

    def chk() -> bool:
        if k == sp.E:
            return abs(float(sp.exp(1) - sp.E)) < 1e-12 and ans == 1
        import math
        kv = float(k)
        xs = [-30 + 60 * i / 12000 for i in range(12001)]
        vals = [math.exp(v) - kv * v for v in xs]
        return sum(1 for a, b in itertools.pairwise(vals) if a * b < 0) == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["e", "eˣ"], check=chk)


@family(S210, "root-count-mcq")
def _r10_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    eq, g, dom, ex, kind, lims = rng.choice(_ROOTSHAPES)
    m = g.subs(X, ex)
    ks = [m + 2, m, m - sp.Rational(1, 2)] if kind == "min" else [m / 2, m, m + 1, -1]
    k = sp.nsimplify(rng.choice([v for v in ks if v != 0]))
    ans = _root_count(g, k, ex, kind, lims)
    ch = choices(rng, str(ans), [str(v) for v in range(0, 5) if v != ans], sort_key=int)
    keq = eq.replace("k", _qt(k) if k.is_Rational else sp.latex(k))
    stem = f"방정식 {_t(keq, st)}의 서로 다른 실근의 개수는?{' (단, x > 0)' if dom[0] > 0 else ''}{exam_points(rng, 3)}"

    def chk() -> bool:
        if k == m:
            return ans == 1
        return _root_count_num(g, k, dom) == ans
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["e", "ln x", "극값"], choice=ch, check=chk)


@family(S210, "inequality-steps-fill")
def _r10_fill(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode", "plain"])
    a = rng.randint(1, 3)
    # x > 0: ln x ≤ x/a + ln a - 1  (tangent line of ln x at x = a)  ->  f(x) = x/a + ln a - 1 - ln x, min at x = a
    text = (f"다음은 x > 0일 때 부등식 {_t(_ineq_tex(a), st)}이 성립함을 증명하는 과정이다. (가), (나), (다)에 알맞은 것을 쓰시오.\n"
            f"f(x) = {_t(_f_tex(a), st)}라 하면 f′(x) = (가)이므로 f′(x) = 0에서 x = (나)이다.\n"
            f"x = (나)의 좌우에서 f′(x)의 부호가 음에서 양으로 바뀌므로 f(x)의 최솟값은 (다)이다. 따라서 f(x) ≥ 0이다.")
    ans = f"(가) {'1' if a == 1 else '1/' + str(a)} − 1/x, (나) {a}, (다) 0"
    h = X / a + sp.log(a) - 1 - sp.log(X)
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["ln x", "극값", "자연로그"],
                   check=lambda: abs(float(h.subs(X, a))) < 1e-12 and sp.diff(h, X).subs(X, a) == 0
                   and all(float(h.subs(X, sp.Rational(i, 7))) >= 0 for i in range(1, 60)))


def _ineq_tex(a: int) -> str:
    if a == 1:
        return "\\ln x \\le x - 1"
    return f"\\ln x \\le \\frac{{x}}{{{a}}} + \\ln {a} - 1"


def _f_tex(a: int) -> str:
    if a == 1:
        return "x - 1 - \\ln x"
    return f"\\frac{{x}}{{{a}}} + \\ln {a} - 1 - \\ln x"


@family(S210, "unique-root-table")
def _r10_table(rng: random.Random) -> Problem:
    import math

    c = rng.randint(2, 6)
    # f(x) = e^x + x - c is increasing; exactly one root
    xs = [0, 1, 2]
    vals = [math.exp(v) + v - c for v in xs]
    sign_change = next(i for i in range(2) if vals[i] * vals[i + 1] <= 0) if any(
        vals[i] * vals[i + 1] <= 0 for i in range(2)) else None
    if sign_change is None:
        c = 3
        vals = [math.exp(v) + v - c for v in xs]
        sign_change = next(i for i in range(2) if vals[i] * vals[i + 1] <= 0)
    table = "x | 0 | 1 | 2\nf(x) | " + " | ".join(f"{v:.3f}" for v in vals)
    text = (f"함수 f(x) = eˣ + x − {c}에 대하여 다음 표를 얻었다.\n{table}\n"
            f"(1) f′(x)를 이용하여 f(x)가 실수 전체의 집합에서 증가함을 보이시오.\n"
            f"(2) 방정식 eˣ + x = {c}의 실근의 개수와, 그 근이 속하는 구간을 표를 이용하여 쓰시오.")
    ans = f"(1) f′(x) = eˣ + 1 > 0 (2) 1개, {sign_change} < x < {sign_change + 1}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["e", "eˣ", "사잇값 정리"], also=["12미적Ⅰ-01-04"],
                   check=lambda: vals[sign_change] < 0 < vals[sign_change + 1])


@family(S210, "meeting-curves-word")
def _r10_word(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(2)
    if kind == 0:
        k = rng.choice([1, 2, 3, 4])
        # plant A height e^{t/?}... use heights e^t and k + t: meet count = roots of e^t - t = k, t >= 0
        text = (f"두 식물 A, B의 t주 후의 키가 각각 {_t('e^{t}', st)} cm, {_t(f't + {k}', st)} cm로 자란다고 할 때 "
                f"(t ≥ 0), 두 식물의 키가 같아지는 시각은 몇 번 있는지 {_end(rng)}")
        g = sp.exp(X) - X - k
        # on t >= 0: e^t - t is increasing from 1 ; roots = 1 if k >= 1 (k > 1 strictly one; k = 1 at t = 0)
        ans = 1
        dom = (0, 20)
    else:
        a = rng.choice([2, 3, 4])
        text = (f"어떤 두 회사의 t년 후의 매출이 각각 {_t(f'{a}t', st)}(억 원), {_t('e^{t}', st)}(억 원)으로 예측된다. "
                f"t > 0에서 두 회사의 매출이 같아지는 시점은 몇 번 있는지 {_end(rng)}")
        g = sp.exp(X) - a * X
        ans = 2 if a > sp.E else (1 if a == sp.E else 0)
        dom = (sp.Rational(1, 10**4), 20)

    def chk() -> bool:
        if kind == 0 and g.subs(X, 0) == 0:
            return ans == 1 and _root_count_num(g, 0, (sp.Rational(1, 10**4), 20)) == 0
        return _root_count_num(g, 0, dom) == ans
    return Problem(text=text, answer=f"{ans}번", format="word", difficulty=4, achievement_level="B",
                   concepts=["e", "eˣ", "극값"], check=chk)


# ================================================================================================
# 12미적Ⅱ-02-11 속도와 가속도
# ================================================================================================
S211 = "12미적Ⅱ-02-11"
_LINE_MOTIONS = (
    ("2\\sin t + \\cos t", 2 * sp.sin(TS) + sp.cos(TS), [("0", 0), ("\\frac{\\pi}{2}", sp.pi / 2), ("\\pi", sp.pi)]),
    ("e^{t} - 2t", sp.exp(TS) - 2 * TS, [("0", 0), ("1", 1)]),
    ("t + \\sin t", TS + sp.sin(TS), [("0", 0), ("\\pi", sp.pi), ("\\frac{\\pi}{2}", sp.pi / 2)]),
    ("\\ln (t^{2} + 1)", sp.log(TS**2 + 1), [("1", 1), ("0", 0), ("2", 2)]),
    ("te^{-t}", TS * sp.exp(-TS), [("0", 0), ("1", 1), ("2", 2)]),
    ("3\\cos 2t", 3 * sp.cos(2 * TS), [("0", 0), ("\\frac{\\pi}{4}", sp.pi / 4)]),
)


def _speed_ok(xt, yt, t0, claim) -> bool:
    import mpmath

    with mpmath.workdps(40):
        fx, fy = sp.lambdify(TS, xt, "mpmath"), sp.lambdify(TS, yt, "mpmath")
        t = mpmath.mpf(sp.N(t0, 40))
        h = mpmath.mpf(10) ** -12
        vx = (fx(t + h) - fx(t - h)) / (2 * h)
        vy = (fy(t + h) - fy(t - h)) / (2 * h)
        return abs(mpmath.sqrt(vx**2 + vy**2) - mpmath.mpf(sp.N(claim, 40))) < 1e-8


@family(S211, "line-velocity-acceleration")
def _v11_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    body, x, pts = rng.choice(_LINE_MOTIONS)
    tt, tv = rng.choice(pts)
    v = sp.nsimplify(sp.diff(x, TS).subs(TS, tv))
    a = sp.nsimplify(sp.diff(x, TS, 2).subs(TS, tv))
    ttt = _t(tt, st) if "\\" in tt else tt
    ask = rng.randrange(3)
    q = ["속도", "가속도", "속도와 가속도"][ask]
    text = rng.choice([f"수직선 위를 움직이는 점 P의 시각 t에서의 위치가 {_t('x = ' + body, st)}일 때, t = {ttt}에서 점 P의 {q}를 {_end(rng)}",
                       f"시각 t에서의 위치가 {_t('x(t) = ' + body, st)}인 수직선 위의 점 P에 대하여 t = {ttt}일 때의 {q}를 {_end(rng)}"])
    ans = [_ans_expr(v), _ans_expr(a), f"속도 {_ans_expr(v)}, 가속도 {_ans_expr(a)}"][ask]

    def chk() -> bool:
        import mpmath
        with mpmath.workdps(40):
            f = sp.lambdify(TS, x, "mpmath")
            t = mpmath.mpf(sp.N(tv, 40))
            h = mpmath.mpf(10) ** -8
            vn = (f(t + h) - f(t - h)) / (2 * h)
            an = (f(t + h) - 2 * f(t) + f(t - h)) / (h * h)
            return abs(vn - mpmath.mpf(sp.N(v, 40))) < 1e-6 and abs(an - mpmath.mpf(sp.N(a, 40))) < 1e-4
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["도함수", "이계도함수", "e", "sin x"], check=chk)


@family(S211, "plane-speed")
def _v11_plane(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:  # x = t^2 + c, y = k t ... pick to make speed integer: x' = 2t, y' = b: (2t, b) -> use (3,4) etc
        t0 = rng.choice([2, 3, 4, 6])
        b = rng.choice([v for v in range(1, 13) if ((2 * t0) ** 2 + v * v) ** 0.5 == int(((2 * t0) ** 2 + v * v) ** 0.5)]
                       or [0])
        xt, yt = TS**2 + 1, b * TS
        xtex, ytex = "t^{2} + 1", f"{b}t"
    elif kind == 1:  # circle
        r = rng.randint(1, 5)
        w = rng.randint(1, 3)
        xt, yt = r * sp.cos(w * TS), r * sp.sin(w * TS)
        xtex = f"{'' if r == 1 else r}\\cos {_cx(w, 't')}"
        ytex = f"{'' if r == 1 else r}\\sin {_cx(w, 't')}"
        t0 = rng.choice([0, 1, 2])
    else:  # x = e^t + e^{-t}, y = 2t  -> speed e^t + e^{-t}
        xt, yt = sp.exp(TS) + sp.exp(-TS), 2 * TS
        xtex, ytex = "e^{t} + e^{-t}", "2t"
        t0 = rng.choice([0, 1])
    vx, vy = sp.diff(xt, TS).subs(TS, t0), sp.diff(yt, TS).subs(TS, t0)
    speed = sp.nsimplify(sp.simplify(sp.sqrt(vx**2 + vy**2))) if kind != 2 else sp.exp(t0) + sp.exp(-t0)
    sys_ = f"x = {xtex}, \\quad y = {ytex}"
    text = rng.choice([f"좌표평면 위를 움직이는 점 P의 시각 t에서의 위치 (x, y)가 {_t(sys_, st)}일 때, t = {t0}에서 점 P의 속력을 {_end(rng)}",
                       f"시각 t에서의 위치가 {_t(sys_, st)}인 점 P의 t = {t0}에서의 속도와 속력을 {_end(rng)}"])
    ans = _ans_expr(speed) if "속도와" not in text else f"속도 ({_ans_expr(sp.nsimplify(vx))}, {_ans_expr(sp.nsimplify(vy))}), 속력 {_ans_expr(speed)}"
    concepts = ["매개변수", "도함수"]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=concepts, also=[S206], check=lambda: _speed_ok(xt, yt, t0, speed))


@family(S211, "plane-acceleration")
def _v11_acc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, w = rng.randint(1, 5), rng.randint(1, 3)
    kind = rng.randrange(2)
    if kind == 0:
        xt, yt = r * sp.cos(w * TS), r * sp.sin(w * TS)
        sys_ = f"x = {'' if r == 1 else r}\\cos {_cx(w, 't')}, \\quad y = {'' if r == 1 else r}\\sin {_cx(w, 't')}"
        t0 = rng.choice([0, 1])
        mag = sp.Integer(r * w * w)
    else:
        a_, b_ = rng.randint(1, 4), rng.randint(1, 4)
        xt, yt = a_ * TS**2, b_ * TS**3
        sys_ = f"x = {'' if a_ == 1 else a_}t^{{2}}, \\quad y = {'' if b_ == 1 else b_}t^{{3}}"
        t0 = rng.choice([0, 1])
        mag = sp.nsimplify(sp.sqrt((2 * a_) ** 2 + (6 * b_ * t0) ** 2))
    text = rng.choice([f"좌표평면 위를 움직이는 점 P의 시각 t에서의 위치가 {_t(sys_, st)}일 때, t = {t0}에서 점 P의 가속도의 크기를 {_end(rng)}",
                       f"점 P(x, y)의 시각 t에서의 위치가 {_t(sys_, st)}이다. t = {t0}에서의 가속도의 크기를 {_end(rng)}"])

    def chk() -> bool:
        ax, ay = sp.diff(xt, TS, 2).subs(TS, t0), sp.diff(yt, TS, 2).subs(TS, t0)
        return abs(float(sp.sqrt(ax**2 + ay**2)) - float(mag)) < 1e-9
    return Problem(text=text, answer=_ans_expr(mag), format="computation", difficulty=3, achievement_level="C",
                   concepts=["매개변수", "이계도함수"], also=[S206], check=chk)


@family(S211, "turning-time")
def _v11_turn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 3, 4, 5])
    kind = rng.randrange(2)
    if kind == 0:
        x, body, tz = sp.exp(TS) - k * TS, f"e^{{t}} - {k}t", sp.log(k)
        ans = f"t = ln {k}"
    else:
        x, body, tz = TS - k * sp.log(TS + 1), f"t - {k}\\ln (t + 1)", sp.Integer(k - 1)
        ans = f"t = {k - 1}"
    text = rng.choice([f"수직선 위를 움직이는 점 P의 시각 t (t > 0)에서의 위치가 {_t('x = ' + body, st)}일 때, 점 P가 운동 방향을 바꾸는 시각을 {_end(rng)}",
                       f"시각 t (t > 0)에서 위치가 {_t('x(t) = ' + body, st)}인 점 P의 속도가 0이 되는 시각을 {_end(rng)}"])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["도함수", "e", "ln x"],
                   check=lambda: abs(float(sp.diff(x, TS).subs(TS, tz))) < 1e-12
                   and float(sp.diff(x, TS).subs(TS, tz - sp.Rational(1, 10))) * float(sp.diff(x, TS).subs(TS, tz + sp.Rational(1, 10))) < 0)


@family(S211, "ferris-wheel-word")
def _v11_word(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.4, 0.3))
    kind = rng.randrange(2)
    if kind == 0:  # Ferris wheel: height h(t) = c - r cos(pi t / T)
        r = rng.choice([10, 15, 20, 30])
        c = r + rng.choice([2, 3, 5])
        T = rng.choice([5, 10, 15])
        t0 = rng.choice([T // 2 if T % 2 == 0 else T, T, sp.Rational(T, 2)])
        h = c - r * sp.cos(sp.pi * TS / T)
        text = (f"대관람차에 탄 사람의 t분 후 지면으로부터의 높이가 {_t(_ferris(c, r, T), st)} (m)라 한다. t = {_q(t0)}일 때 "
                f"높이의 변화율(수직 방향의 속도)과 가속도를 각각 {_end(rng)}")
        v, a = sp.nsimplify(sp.diff(h, TS).subs(TS, t0)), sp.nsimplify(sp.diff(h, TS, 2).subs(TS, t0))
        ans = f"속도 {_ans_expr(v)} m/분, 가속도 {_ans_expr(a)} m/분²"
        f = h
    else:  # damped oscillation x = e^{-t} sin t : velocity at 0 is 1 ; at t = pi/2 etc
        k = rng.choice([1, 2])
        f = sp.exp(-TS) * sp.sin(k * TS)
        t0 = 0
        text = (f"용수철에 매달린 물체의 t초 후의 위치가 {_t(_spring(k), st)} (cm)로 나타내어질 때, 물체의 처음(t = 0) 속도와 "
                f"가속도를 각각 {_end(rng)}")
        v, a = sp.nsimplify(sp.diff(f, TS).subs(TS, 0)), sp.nsimplify(sp.diff(f, TS, 2).subs(TS, 0))
        ans = f"속도 {_ans_expr(v)} cm/s, 가속도 {_ans_expr(a)} cm/s²"

    def chk() -> bool:
        import mpmath
        with mpmath.workdps(40):
            g = sp.lambdify(TS, f, "mpmath")
            t = mpmath.mpf(sp.N(t0, 40))
            hh = mpmath.mpf(10) ** -8
            vn = (g(t + hh) - g(t - hh)) / (2 * hh)
            an = (g(t + hh) - 2 * g(t) + g(t - hh)) / (hh * hh)
            return abs(vn - mpmath.mpf(sp.N(v, 40))) < 1e-6 and abs(an - mpmath.mpf(sp.N(a, 40))) < 1e-3
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["도함수", "이계도함수", "cos x"], check=chk)


def _ferris(c: int, r: int, T: int) -> str:
    return f"h(t) = {c} - {r}\\cos\\left(\\frac{{\\pi}}{{{T}}}t\\right)"


def _spring(k: int) -> str:
    return f"x(t) = e^{{-t}}\\sin {_cx(k, 't')}"


@family(S211, "speed-mcq")
def _v11_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    t0 = rng.choice([1, 2])
    a = rng.choice([1, 2, 3])
    # x = a t - sin t... use x = t - sin t, y = 1 - cos t (cycloid, speed 2|sin(t/2)|) at t = pi, pi/3
    kind = rng.randrange(2)
    if kind == 0:
        xt, yt = a * (TS - sp.sin(TS)), a * (1 - sp.cos(TS))
        sys_ = f"x = {'' if a == 1 else a}(t - \\sin t), \\quad y = {'' if a == 1 else a}(1 - \\cos t)"
        tt, tv = rng.choice([("\\pi", sp.pi), ("\\frac{\\pi}{3}", sp.pi / 3), ("\\frac{\\pi}{2}", sp.pi / 2)])
    else:
        xt, yt = sp.exp(TS) * sp.cos(TS), sp.exp(TS) * sp.sin(TS)
        sys_ = "x = e^{t}\\cos t, \\quad y = e^{t}\\sin t"
        tt, tv = rng.choice([("0", sp.Integer(0)), ("1", sp.Integer(t0))])
    vx, vy = sp.diff(xt, TS).subs(TS, tv), sp.diff(yt, TS).subs(TS, tv)
    speed = sp.nsimplify(sp.simplify(sp.sqrt(vx**2 + vy**2)))
    wrong = [speed * 2, speed / 2, speed + 1, sp.nsimplify(sp.Abs(vx) + sp.Abs(vy)), speed ** 2]
    opts, seen = [], {_ans_expr(speed)}
    for w in wrong:
        s_ = _ans_expr(sp.nsimplify(w))
        if s_ not in seen:
            seen.add(s_)
            opts.append(s_)
    opts += [o for o in ["1", "2", "3", "4", "√2"] if o not in seen][: max(0, 4 - len(opts))]
    ch = choices(rng, _ans_expr(speed), opts[:6])
    ttt = _t(tt, st) if "\\" in tt else tt
    stem = f"좌표평면 위를 움직이는 점 P의 시각 t에서의 위치가 {_t(sys_, st)}일 때, t = {ttt}에서 점 P의 속력은?{exam_points(rng, 3)}"
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["매개변수", "sin x", "cos x"], also=[S206], choice=ch,
                   check=lambda: _speed_ok(xt, yt, tv, speed))


@family(S211, "motion-value-table")
def _v11_table(rng: random.Random) -> Problem:
    ts = [0, 1, 2, 3]
    vs = [rng.randint(-4, 4) for _ in ts]
    acs = [rng.randint(-3, 3) for _ in ts]
    i = rng.randrange(4)
    if vs[i] == 0:
        vs[i] = 2
    if acs[i] == 0:
        acs[i] = -1
    table = "t | " + " | ".join(map(str, ts)) + "\nv(t) | " + " | ".join(map(str, vs)) + "\na(t) | " + \
        " | ".join(map(str, acs))
    speeding = vs[i] * acs[i] > 0
    text = (f"수직선 위를 움직이는 점 P의 시각 t에서의 속도 v(t)와 가속도 a(t)를 조사하여 다음 표를 얻었다.\n{table}\n"
            f"t = {ts[i]}일 때 점 P의 운동 방향(양의 방향/음의 방향)과, 그 순간 점 P의 속력이 증가하고 있는지 감소하고 있는지 쓰시오.")
    ans = ("양의 방향" if vs[i] > 0 else "음의 방향") + ", " + ("속력 증가" if speeding else "속력 감소")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["도함수", "이계도함수"],
                   check=lambda: ((vs[i] + acs[i] * 1e-3) ** 2 > vs[i] ** 2) == speeding)


_MOTION_STMTS = (  # point P on a line with x(t) = sin πt (t ≥ 0)
    ("t = 0에서 점 P의 속도는 \\pi이다.", lambda: sp.diff(sp.sin(sp.pi * TS), TS).subs(TS, 0) == sp.pi, True),
    ("t = \\frac{1}{2}에서 점 P의 속도는 0이다.", lambda: sp.diff(sp.sin(sp.pi * TS), TS).subs(TS, sp.Rational(1, 2)) == 0, True),
    ("t = \\frac{1}{2}에서 점 P의 가속도는 0이다.", lambda: sp.diff(sp.sin(sp.pi * TS), TS, 2).subs(TS, sp.Rational(1, 2)) == 0, False),
    ("t = 1에서 점 P의 가속도는 0이다.", lambda: sp.diff(sp.sin(sp.pi * TS), TS, 2).subs(TS, 1) == 0, True),
    ("점 P의 속력의 최댓값은 \\pi이다.", lambda: abs(sp.diff(sp.sin(sp.pi * TS), TS).subs(TS, 0)) == sp.pi, True),
    ("0 < t < 1에서 점 P는 운동 방향을 두 번 바꾼다.", lambda: len([z for z in (sp.Rational(1, 2),) if 0 < z < 1]) == 2, False),
    ("t = 1에서 점 P의 속도는 \\pi이다.", lambda: sp.diff(sp.sin(sp.pi * TS), TS).subs(TS, 1) == sp.pi, False),
)


@family(S211, "bogi-motion")
def _v11_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    picks = rng.sample(range(len(_MOTION_STMTS)), 3)
    if not any(_MOTION_STMTS[i][2] for i in picks):
        picks[0] = 0 if 0 not in picks else 1
    stmts = [(_mixed(_MOTION_STMTS[i][0], st), _MOTION_STMTS[i][2]) for i in picks]
    block, ch = bogi(rng, stmts)
    d = 4
    intro = f"수직선 위를 움직이는 점 P의 시각 t (t ≥ 0)에서의 위치가 {_t(_XSIN, st)}일 때, "
    text = f"{intro}{bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="B",
                   concepts=["도함수", "이계도함수", "sin x"], choice=ch,
                   check=lambda: all(bool(_MOTION_STMTS[i][1]()) == _MOTION_STMTS[i][2] for i in picks))


_XSIN = "x(t) = \\sin \\pi t"
