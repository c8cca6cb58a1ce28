"""Generators for 인공지능 수학 (고등학교 진로 선택): all 15 standards 12인수01-01 … 12인수05-02.

The course is applied: perceptrons and activation functions, logic gates and expert-system rules,
big-data units and bias, text as sets and vectors, images as matrices, similarity, trend lines,
loss functions and gradient descent. Numbers are small enough to compute by hand.

Private helpers (module-local, prefixed ``_``):

* ``secondary_level(d)`` the achievement level that goes with difficulty ``d``.
* ``_end(rng, kind)`` a question ending (구하시오/구하세요/…, 쓰시오/…).
* ``_w(tex, st)`` wraps a LaTeX fragment in ``$…$`` only in LaTeX style.
* ``_n(v)`` a Fraction/int/float as short decimal text (``0.5``, ``-1.2``, ``3``).
* ``_vec(xs, st)`` a row vector ``(1, 0, 2)``; ``_mat(rows, st)`` a matrix (LaTeX pmatrix or
  bracket rows on separate lines).
* ``_sub(v, i, st)`` a subscripted variable ``x₁`` / ``$x_{1}$`` / ``x1``.
* ``_step_tex(st, rel)`` the step activation function written out in style ``st``.
* ``_ns`` / ``_eq`` / ``_linexpr`` / ``_line_txt`` / ``_feq``: signed numbers, ``x₁=3``, ``w₁x₁ + w₂x₂ + b``,
  ``y = ax + b`` and ``f(x) = …`` in the chosen style; ``_mat_ans`` a matrix as answer text.
* ``_qj(word, pair)`` a quoted word plus its particle (``'학생'이``); ``_dec(fr)`` an exact or ``약 0.43``
  decimal; ``_R(fr)`` an exact sympy Rational (never ``sp.nsimplify(str(...))``, which mis-reads ``1099/4``).
"""

from __future__ import annotations

import itertools
import math as pm
import random
from fractions import Fraction as Fr

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import math as nmath
from mathtag.corpus.notation import pick_style

A11, A12, A13 = "12인수01-01", "12인수01-02", "12인수01-03"
T21, T22, T23 = "12인수02-01", "12인수02-02", "12인수02-03"
I31, I32, I33 = "12인수03-01", "12인수03-02", "12인수03-03"
P41, P42, P43, P44 = "12인수04-01", "12인수04-02", "12인수04-03", "12인수04-04"
E51, E52 = "12인수05-01", "12인수05-02"

_SUBS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


# -- helpers -------------------------------------------------------------------------------------
def _R(v: Fr | int | float) -> sp.Rational:
    """An exact sympy Rational from an int or Fraction."""
    v = Fr(v)
    return sp.Rational(v.numerator, v.denominator)


def _end(rng: random.Random, kind: str = "구") -> str:
    if kind == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써 보시오.", "나타내시오."])
    if kind == "답":
        return rng.choice(["구하시오.", "구하세요.", "구해 보시오.", "계산하시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오."])


def _w(tex: str, st: str) -> str:
    return f"${tex}$" if st == "latex" else tex


def _n(v: Fr | int | float) -> str:
    """A number as short decimal text; Fractions with power-of-ten denominators come out exact."""
    if isinstance(v, float):
        v = Fr(v).limit_denominator(10000)
    v = Fr(v)
    if v.denominator == 1:
        return str(v.numerator)
    s = f"{float(v):.6f}".rstrip("0").rstrip(".")
    return s


def _sub(v: str, i: int | str, st: str) -> str:
    if st == "latex":
        return f"${v}_{{{i}}}$"
    if st == "unicode":
        return f"{v}{str(i).translate(_SUBS)}"
    return f"{v}{i}"


def _dec(v: Fr, digits: int = 2) -> str:
    """Exact decimal when it terminates, otherwise ``약 0.43`` rounded to ``digits`` places."""
    d = v.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return _n(v) if d == 1 else f"약 {round(float(v), digits)}"


def _ns(v: Fr | int | float, st: str) -> str:
    """A signed number in style ``st`` (Unicode minus sign in Unicode style)."""
    t = _n(v)
    return t.replace("-", "−") if st == "unicode" else t


def _eq(v: str, i: int | str, val: Fr | int | str, st: str) -> str:
    """``x₁=3`` / ``$x_{1}=3$`` / ``x1=3``."""
    vt = val if isinstance(val, str) else _ns(val, st)
    if st == "latex":
        return f"${v}_{{{i}}}={vt}$"
    return f"{_sub(v, i, st)}={vt}"


def _qj(word: str, pair: str) -> str:
    """A quoted word with its particle: ``'학생'이``."""
    return f"'{word}'" + josa(word, pair)[len(word):]


def _vec(xs: list, st: str) -> str:
    body = ", ".join(_n(x) if not isinstance(x, str) else x for x in xs)
    return f"$({body})$" if st == "latex" else f"({body})"


def _mat(rows: list[list], st: str) -> str:
    if st == "latex":
        inner = r" \\ ".join(" & ".join(_n(x) for x in r) for r in rows)
        return "$\\begin{pmatrix} " + inner + " \\end{pmatrix}$"
    width = max(len(_n(x)) for r in rows for x in r)
    return "\n".join("[ " + "  ".join(_n(x).rjust(width) for x in r) + " ]" for r in rows)


def _linexpr(ws: tuple, b: Fr | int, st: str, v: str = "x") -> str:
    """``w₁x₁ + w₂x₂ + b`` with numbers, signs written properly, in style ``st``."""
    minus = "−" if st == "unicode" else "-"
    parts = []
    for i, w in enumerate(ws, 1):
        var = f"{v}_{{{i}}}" if st == "latex" else _sub(v, i, st)
        coef = "" if abs(w) == 1 else _n(abs(Fr(w)))
        sign = (minus if w < 0 else "") if i == 1 else (f" {minus} " if w < 0 else " + ")
        parts.append(f"{sign}{coef}{var}")
    if b:
        parts.append(f" {minus} {_n(abs(Fr(b)))}" if b < 0 else f" + {_n(Fr(b))}")
    body = "".join(parts)
    return f"${body.replace(' ', '')}$" if st == "latex" else body


def _step_tex(st: str, rel: str = "ge", var: str = "s") -> str:
    """Step activation: 1 when s ≥ 0 (``ge``) or s > 0 (``gt``), otherwise 0."""
    if st == "latex":
        r1, r0 = ("\\ge", "<") if rel == "ge" else (">", "\\le")
        return (f"$f({var})=\\begin{{cases}} 1 & ({var} {r1} 0) \\\\ 0 & ({var} {r0} 0) \\end{{cases}}$")
    r1, r0 = ("≥", "<") if rel == "ge" else (">", "≤")
    if st == "plain":
        r1, r0 = (">=", "<") if rel == "ge" else (">", "<=")
    return f"f({var}) = 1 ({var} {r1} 0), f({var}) = 0 ({var} {r0} 0)"


def _num_distr(val: Fr | int, extra: list) -> list[str]:
    out: list[str] = []
    v = Fr(val)
    for c in [*extra, v + 1, v - 1, v + 2, v * 2, -v, v - 2, v + 3]:
        s = _n(Fr(c))
        if s != _n(v) and s not in out:
            out.append(s)
    return out


def _numkey(s: str) -> float:
    return float(Fr(s))


# =================================================================================================
# 12인수01-01 인공지능의 개념과 학습 방식 (지도·비지도·강화학습, 퍼셉트론, 가중치, 활성화함수)
# =================================================================================================
@family(A11, "perceptron-step-output")
def _perc_out(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 2, 3])
    xs = [rng.randint(0, 3) if rng.random() < 0.5 else rng.randint(0, 1) for _ in range(k)]
    ws = [Fr(rng.choice([-3, -2, -1, 1, 2, 3, 4]), rng.choice([1, 1, 2, 10])) for _ in range(k)]
    b = Fr(rng.choice([-5, -4, -3, -2, -1, 1, 2]), rng.choice([1, 2]))
    s = sum(w * x for w, x in zip(ws, xs, strict=True)) + b
    rel = rng.choice(["ge", "gt"])
    y = int(s >= 0) if rel == "ge" else int(s > 0)
    xin = ", ".join(_eq("x", i + 1, xs[i], st) for i in range(k))
    win = ", ".join(_eq("w", i + 1, ws[i], st) for i in range(k))
    intro = rng.choice([
        f"어떤 퍼셉트론에 입력값 {xin}이 들어온다. 가중치는 {win}, 편향은 {_w('b=' + _ns(b, st), st)}이고, "
        f"가중합 s에 다음 활성화함수를 적용한 값을 출력한다.\n{_step_tex(st, rel)}\n",
        f"입력값이 {xin}, 가중치가 {win}, 편향이 {_ns(b, st)}인 퍼셉트론이 있다. "
        f"활성화함수가 {_step_tex(st, rel)}일 때, ",
        f"다음은 인공 신경망을 이루는 퍼셉트론 하나에 대한 정보이다.\n· 입력값: {xin}\n· 가중치: {win}\n"
        f"· 편향: {_ns(b, st)}\n· 활성화함수: {_step_tex(st, rel)} (s는 가중합)\n",
    ])
    ask = rng.choice([f"이 퍼셉트론의 출력값을 {_end(rng)}", "출력값은 0과 1 중 무엇인가?",
                      f"가중합 s와 출력값을 차례로 {_end(rng)}"])
    ans = f"{_n(s)}, {y}" if "차례로" in ask else str(y)
    d = 2 if k == 2 and all(w.denominator == 1 for w in ws) else 3

    def chk() -> bool:
        sv = sp.Matrix([sp.Rational(w.numerator, w.denominator) for w in ws]).dot(sp.Matrix(xs)) \
            + sp.Rational(b.numerator, b.denominator)
        yy = 1 if (sv >= 0 if rel == "ge" else sv > 0) else 0
        return ans.split(", ")[-1] == str(yy)
    return Problem(text=intro + ask, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["활성화함수"], check=chk)


_SUPERVISED = [
    "고양이와 개로 이름표가 붙은 사진 수천 장으로 사진 속 동물을 구분하도록 학습시킨다.",
    "지난 10년간의 아파트 면적과 실제 거래 가격을 함께 주고 가격을 예측하도록 학습시킨다.",
    "'스팸'과 '정상'으로 표시된 메일들로 새로 온 메일이 스팸인지 판별하도록 학습시킨다.",
    "학생들의 공부 시간과 그에 따른 시험 점수 자료로 점수를 예측하도록 학습시킨다.",
    "손으로 쓴 숫자 이미지와 그 숫자가 무엇인지 적힌 정답으로 숫자 인식을 학습시킨다.",
    "환자의 검사 수치와 의사가 내린 진단 결과를 함께 주고 질병 여부를 판정하도록 학습시킨다.",
]
_UNSUPERVISED = [
    "정답 없이 고객들의 구매 기록만 주고 비슷한 소비 성향을 가진 고객끼리 묶게 한다.",
    "이름표가 없는 뉴스 기사 수만 건을 내용이 비슷한 것끼리 몇 개의 묶음으로 나누게 한다.",
    "정답이 없는 음악 파일들을 분위기가 비슷한 곡끼리 자동으로 모으게 한다.",
    "학생들의 과목별 성적만 주고 학습 유형이 비슷한 학생들을 몇 개의 그룹으로 나누게 한다.",
    "도시의 여러 지점에서 측정한 미세먼지 자료를 비슷한 패턴끼리 군집으로 나누게 한다.",
]
_REINFORCE = [
    "바둑 프로그램이 스스로 대국을 반복하며 이기면 보상을, 지면 벌점을 받아 수를 두는 전략을 익힌다.",
    "로봇 청소기가 장애물에 부딪히면 벌점, 청소를 마치면 보상을 받으며 이동 방법을 익힌다.",
    "자율주행 자동차가 모의 주행에서 차선을 잘 지키면 보상을 받으며 운전 방법을 익힌다.",
    "게임 캐릭터가 미로를 탈출하면 점수를 얻고 함정에 빠지면 점수를 잃으며 길 찾기를 익힌다.",
    "드론이 목표 지점에 가까워질수록 보상을 받으며 비행 방법을 스스로 익힌다.",
]


@family(A11, "learning-type-choice")
def _learn_type(rng: random.Random) -> Problem:
    pools = {"지도학습": _SUPERVISED, "비지도학습": _UNSUPERVISED, "강화학습": _REINFORCE}
    target = rng.choice(list(pools))
    correct = rng.choice(pools[target])
    others = [s for k, v in pools.items() if k != target for s in v]
    ch = choices(rng, correct, others)
    lead = rng.choice([f"다음 중 {target}에 해당하는 사례는?",
                       f"기계학습의 방식 중 {target}의 예로 가장 적절한 것은?",
                       f"다음은 인공지능을 학습시키는 여러 가지 상황이다. {target}에 해당하는 것을 고르시오."])
    return Problem(text=f"{lead}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1,
                   achievement_level="E", concepts=[], choice=ch, check=lambda: ch.options[ch.correct] in pools[target])


@family(A11, "activation-function-values")
def _act_vals(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["relu", "step", "sign", "mixed"])
    vals = rng.sample([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6], 3)
    if kind == "relu":
        fdef = _w("f(x)=\\max(0,\\ x)", st) if st == "latex" else "f(x) = max(0, x)"
        desc = rng.choice(["ReLU 함수", "렐루(ReLU) 함수"]) + f" {fdef}"
        res = sum(max(0, v) for v in vals)
    elif kind == "step":
        desc = "계단 함수 " + _step_tex(st, "ge", "x")
        res = sum(1 if v >= 0 else 0 for v in vals)
    elif kind == "sign":
        if st == "latex":
            fdef = "$f(x)=\\begin{cases} 1 & (x>0) \\\\ 0 & (x=0) \\\\ -1 & (x<0) \\end{cases}$"
        else:
            fdef = "f(x) = 1 (x > 0), f(x) = 0 (x = 0), f(x) = −1 (x < 0)"
        desc = "부호 함수 " + fdef
        res = sum((v > 0) - (v < 0) for v in vals)
    else:
        desc = ("두 활성화함수 " + (_w("g(x)=\\max(0,\\ x)", st) if st == "latex" else "g(x) = max(0, x)")
                + "와 " + _step_tex(st, "ge", "x"))
        res = max(0, vals[0]) * (1 if vals[1] >= 0 else 0) + max(0, vals[2])
    if kind == "mixed":
        expr = f"g({vals[0]})×f({vals[1]})+g({vals[2]})"
        expr = _w(expr.replace("×", "\\times "), st) if st == "latex" else (
            expr.replace("-", "−") if st == "unicode" else expr)
        text = rng.choice([f"{desc}에 대하여 {expr}의 값을 {_end(rng)}",
                           f"인공 신경망에서 쓰이는 {desc}가 있다. {expr}의 값을 {_end(rng)}"])
    else:
        expr = "+".join(f"f({v})" for v in vals)
        expr = _w(expr, st) if st == "latex" else (expr.replace("-", "−") if st == "unicode" else expr)
        text = rng.choice([f"활성화함수로 쓰이는 {desc}에 대하여 {expr}의 값을 {_end(rng)}",
                           f"퍼셉트론의 활성화함수가 {desc}일 때, {expr}의 값은 얼마인가?",
                           f"{desc}에서 {expr}의 값을 {_end(rng, '답')}"])
    def chk() -> bool:
        h = [sp.Heaviside(v, 1) for v in vals]
        if kind == "relu":
            return sum(sp.Max(0, v) for v in vals) == res
        if kind == "step":
            return sum(h) == res
        if kind == "sign":
            return sum(sp.sign(v) for v in vals) == res
        return sp.Max(0, vals[0]) * h[1] + sp.Max(0, vals[2]) == res
    return Problem(text=text, answer=str(res), format="computation", difficulty=2, achievement_level="D",
                   concepts=["활성화함수"], check=chk)


_DECIDE = [
    # (situation, inputs (feature, unit text), output meaning 1, output meaning 0)
    ("우산 챙기기 알림", [("강수 확률이 60 % 이상이면 1, 아니면 0", "x"), ("하늘이 흐리면 1, 아니면 0", "x"),
                     ("외출 시간이 2시간 이상이면 1, 아니면 0", "x")], "'우산을 챙기세요'라고 알린다", "알리지 않는다"),
    ("스팸 메일 판별", [("제목에 '무료'가 있으면 1, 없으면 0", "x"), ("모르는 발신자이면 1, 아니면 0", "x"),
                   ("링크가 3개 이상이면 1, 아니면 0", "x")], "스팸으로 분류한다", "정상 메일로 분류한다"),
    ("체육관 에어컨 자동 가동", [("실내 온도가 28 °C 이상이면 1, 아니면 0", "x"), ("습도가 70 % 이상이면 1, 아니면 0", "x"),
                        ("수업 중이면 1, 아니면 0", "x")], "에어컨을 켠다", "에어컨을 켜지 않는다"),
    ("도서 추천", [("좋아하는 장르이면 1, 아니면 0", "x"), ("친구가 추천한 책이면 1, 아니면 0", "x"),
               ("300쪽 이하이면 1, 아니면 0", "x")], "책을 추천한다", "추천하지 않는다"),
    ("급식 인기 메뉴 예측", [("고기 반찬이 있으면 1, 없으면 0", "x"), ("후식이 나오면 1, 아니면 0", "x"),
                     ("국이 매우면 1, 아니면 0", "x")], "인기 메뉴로 예측한다", "인기 메뉴가 아니라고 예측한다"),
]


@family(A11, "perceptron-decision-context")
def _perc_ctx(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sit, feats, yes, no = rng.choice(_DECIDE)
    ws = [rng.choice([1, 2, 3, 4, 5]) for _ in feats]
    if sit == "급식 인기 메뉴 예측":
        ws[2] = -rng.choice([1, 2, 3])
    xs = [rng.randint(0, 1) for _ in feats]
    theta = rng.randint(2, max(2, sum(w for w in ws if w > 0) - 1))
    s = sum(w * x for w, x in zip(ws, xs, strict=True))
    y = s >= theta
    lines = "\n".join(f"· {_sub('x', i + 1, st)}: {f[0]} (가중치 {ws[i]})" for i, f in enumerate(feats))
    ge = "\\ge" if st == "latex" else ("≥" if st == "unicode" else ">=")
    wsum = "+".join(f"w_{{{i + 1}}}x_{{{i + 1}}}" for i in range(len(feats))) if st == "latex" else \
        " + ".join(f"{_sub('w', i + 1, st)}{_sub('x', i + 1, st)}" for i in range(len(feats)))
    cond = _w(f"{wsum} {ge} {theta}", st)
    today = ", ".join(_eq("x", i + 1, xs[i], st) for i in range(len(xs)))
    text = rng.choice([
        f"{sit} 인공지능을 퍼셉트론으로 만들었다. 입력은 다음과 같다.\n{lines}\n"
        f"가중합이 {josa(cond, '을/를')} 만족하면 {yes}. 오늘의 입력이 {today}일 때, 인공지능은 어떻게 판단하는지 쓰시오.",
        f"다음 입력과 가중치를 사용하는 {sit} 퍼셉트론이 있다.\n{lines}\n{cond}이면 출력 1({yes}), "
        f"그렇지 않으면 출력 0({no})이다. {today}일 때의 출력값을 {_end(rng)}",
    ])
    ans = f"가중합 {s}, {yes if y else no}" if "어떻게" in text else str(int(y))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["활성화함수"], check=lambda: (sum(a * b for a, b in zip(xs, ws, strict=True)) - theta >= 0) == y)


@family(A11, "perceptron-weight-update")
def _perc_update(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x1, x2 = rng.choice([(1, 0), (0, 1), (1, 1), (2, 1), (1, 2)])
    w1, w2 = Fr(rng.choice([-2, -1, 1, 2, 3, 5]), 10), Fr(rng.choice([-3, -1, 2, 4, 6]), 10)
    b = Fr(rng.choice([-5, -3, -2, 1, 2]), 10)
    s = w1 * x1 + w2 * x2 + b
    y = 1 if s >= 0 else 0
    t = 1 - y  # make the prediction wrong so the weights really change
    eta = Fr(rng.choice([1, 2, 5]), 10)
    nw1, nw2, nb = w1 + eta * (t - y) * x1, w2 + eta * (t - y) * x2, b + eta * (t - y)
    rule = (_w("w_{\\text{new}}=w+\\eta\\,(t-y)\\,x", st) if st == "latex" else
            "(새 가중치) = (가중치) + η × (정답 t − 출력 y) × (입력값)")
    brule = "편향은 입력값을 1로 보고 같은 방법으로 수정한다."
    text = rng.choice([
        f"퍼셉트론의 가중치가 {_eq('w', 1, w1, st)}, {_eq('w', 2, w2, st)}, 편향이 {_ns(b, st)}이다. "
        f"입력 ({x1}, {x2})에 대한 정답은 {t}이고, 활성화함수는 가중합이 0 이상이면 1, 0 미만이면 0을 출력한다. "
        f"출력이 정답과 다르면 {rule}에 따라 가중치를 수정하며, {brule} 학습률 η가 {_n(eta)}일 때, "
        f"수정된 {_sub('w', 1, st)}, {_sub('w', 2, st)}, 편향을 차례로 {_end(rng)}",
        f"다음은 퍼셉트론이 한 번 학습하는 과정이다.\n① 입력 ({x1}, {x2})에 대하여 가중합을 구하고 출력값 y를 정한다. "
        f"(가중합 ≥ 0이면 y=1, 아니면 y=0)\n② 정답 {josa('t=' + str(t), '과/와')} 비교하여 {rule}로 가중치를 고친다. {brule}\n"
        f"처음 가중치가 {_eq('w', 1, w1, st)}, {_eq('w', 2, w2, st)}, 편향이 {_ns(b, st)}, "
        f"학습률이 {_n(eta)}일 때, 학습 후의 {_sub('w', 1, st)}, {_sub('w', 2, st)}, 편향을 {_end(rng)}",
    ])
    ans = f"{_n(nw1)}, {_n(nw2)}, {_n(nb)}"

    def chk() -> bool:
        yy = 1 if w1 * x1 + w2 * x2 + b >= 0 else 0
        e = t - yy
        return ans == f"{_n(w1 + eta * e * x1)}, {_n(w2 + eta * e * x2)}, {_n(b + eta * e)}" and yy != t
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=[], check=chk)


@family(A11, "perceptron-min-weight")
def _perc_minw(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x1, x2 = rng.randint(1, 3), rng.randint(1, 3)
    w1 = rng.choice([-3, -2, -1, 1, 2])
    b = rng.choice([-9, -8, -7, -6, -5])
    # output 1 iff w1*x1 + w2*x2 + b >= 0  →  w2 >= (-b - w1*x1)/x2
    need = Fr(-b - w1 * x1, x2)
    ans = pm.ceil(need)
    text = rng.choice([
        f"입력값 {_eq('x', 1, x1, st)}, {_eq('x', 2, x2, st)}인 퍼셉트론에서 {_eq('w', 1, w1, st)}, 편향이 {_ns(b, st)}이다. "
        f"가중합이 0 이상일 때 1을 출력한다면, 출력값이 1이 되게 하는 가중치 {_sub('w', 2, st)}의 최솟값을 {_end(rng)} "
        f"(단, {_sub('w', 2, st)}는 정수이다.)",
        f"어느 퍼셉트론은 가중합 {_w('w_{1}x_{1}+w_{2}x_{2}+b', st) if st == 'latex' else ('w₁x₁ + w₂x₂ + b' if st == 'unicode' else 'w1x1 + w2x2 + b')}가 "
        f"0 이상이면 1을, 0보다 작으면 0을 출력한다. {_eq('w', 1, w1, st)}, {_w('b=' + _ns(b, st), st)}일 때 입력 ({x1}, {x2})에 대하여 "
        f"1이 출력되도록 정수 {_sub('w', 2, st)}의 값을 정하려고 한다. 가능한 가장 작은 값은 얼마인가?",
    ])
    d = 3
    return Problem(text=text, answer=str(ans), format="word", difficulty=d, achievement_level="B",
                   concepts=["활성화함수"],
                   check=lambda: w1 * x1 + ans * x2 + b >= 0 > w1 * x1 + (ans - 1) * x2 + b)


@family(A11, "kmeans-one-step")
def _kmeans(rng: random.Random) -> Problem:
    # 비지도학습: assign points on a number line to the nearer of two centers, then recompute centers
    while True:
        c1, c2 = sorted(rng.sample(range(2, 30), 2))
        if c2 - c1 < 6:
            continue
        k = rng.choice([5, 6, 7])
        pts = [p for p in rng.sample(range(0, 36), k + 3) if abs(p - c1) != abs(p - c2)][:k]
        g1 = [p for p in pts if abs(p - c1) < abs(p - c2)]
        g2 = [p for p in pts if abs(p - c1) > abs(p - c2)]
        if len(pts) == k and g1 and g2 and len(g1) in (1, 2, 4) and len(g2) in (1, 2, 4) \
                and len(g1) + len(g2) == k:
            break
    m1, m2 = Fr(sum(g1), len(g1)), Fr(sum(g2), len(g2))
    ctx = rng.choice([("학생", "하루 스마트폰 사용 시간(시간을 10배 한 값)"), ("매장", "하루 방문 고객 수(십 명 단위)"),
                      ("학생", "일주일 독서 시간(시간)"), ("지역", "연간 강수일수를 10으로 나눈 값")])
    who = ctx[0]
    unit = "명" if who == "학생" else "곳"
    tbl = f"{who}: " + ", ".join(chr(65 + i) for i in range(len(pts))) + "\n값: " + ", ".join(map(str, pts))
    text = rng.choice([
        f"정답 없이 자료를 비슷한 것끼리 묶는 학습에서, 다음 {who} {len(pts)}{unit}의 {josa(ctx[1], '을/를')} 두 묶음으로 나누려고 한다.\n"
        f"{tbl}\n처음 두 묶음의 중심을 {josa(str(c1), '과/와')} {josa(str(c2), '으로/로')} 정하고 각 값을 더 가까운 중심의 묶음에 넣은 뒤, 각 묶음의 평균으로 "
        f"중심을 새로 정한다. 새로 정한 두 중심을 {_end(rng)}",
        f"다음은 {ctx[1]}에 대한 {who}별 자료이다.\n{tbl}\n비지도학습의 군집화 방법으로 중심이 {c1}, {c2}인 두 군집을 "
        f"만들었다. 각 자료를 가까운 중심 쪽 군집에 배정한 다음, 군집별 평균을 새 중심으로 할 때 두 중심은 각각 얼마인가?",
    ])
    ans = f"{_n(m1)}, {_n(m2)}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=[],
                   check=lambda: sp.Rational(sum(g1), len(g1)) < sp.Rational(sum(g2), len(g2)))


@family(A11, "reinforcement-reward-path")
def _rl_path(rng: random.Random) -> Problem:
    cells = rng.sample(["A", "B", "C", "D", "E", "F"], 4)
    rewards = {c: rng.choice([-5, -3, -2, -1, 1, 2, 3, 4, 5, 10]) for c in cells}
    path1 = rng.sample(cells, 3)
    path2 = rng.sample([c for c in cells if c not in path1], 1) + rng.sample(path1, 2)
    rng.shuffle(path2)
    goal = rng.choice([10, 8, 6])
    step = rng.choice([0, -1])
    r1 = sum(rewards[c] for c in path1) + goal + step * 3
    r2 = sum(rewards[c] for c in path2) + goal + step * 3
    agent = rng.choice(["미로 탈출 게임의 캐릭터", "물류 창고의 배달 로봇", "로봇 청소기", "자율주행 모형 자동차"])
    table = "\n".join(f"{c}칸: {rewards[c]:+d}점".replace("-", "−") for c in cells)
    stepnote = f" 또 한 칸 이동할 때마다 {step}점을 받는다." if step else ""
    text = (f"강화학습으로 {josa(agent, '을/를')} 훈련시키고 있다. 각 칸을 지날 때 받는 보상은 다음과 같고, "
            f"목표 지점에 도착하면 {goal}점을 더 받는다.{stepnote}\n{table}\n"
            f"경로 1은 {'→'.join(path1)}→목표, 경로 2는 {'→'.join(path2)}→목표이다. ")
    if r1 == r2:
        ask = f"두 경로에서 받는 보상의 합을 각각 {_end(rng)}"
        ans = f"{r1}, {r2}"
    else:
        ask = rng.choice([f"두 경로의 보상의 합을 각각 구하고, 보상을 최대로 하도록 학습한 인공지능이 선택할 경로를 {_end(rng, '쓰')}",
                          "보상의 합이 더 큰 경로는 무엇이고, 그 보상의 합은 얼마인가?"])
        best = 1 if r1 > r2 else 2
        ans = f"경로 1: {r1}, 경로 2: {r2}, 경로 {best}" if "각각" in ask else f"경로 {best}, {max(r1, r2)}"
    return Problem(text=text + ask, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=[],
                   check=lambda: r1 - r2 == sum(rewards[c] for c in path1) - sum(rewards[c] for c in path2))


# =================================================================================================
# 12인수01-02 논리 연산과 진리표, 퍼셉트론과 XOR, 다층퍼셉트론, 전문가시스템, 순서도
# =================================================================================================
_GATES = {
    "AND": lambda a, b: a & b, "OR": lambda a, b: a | b, "XOR": lambda a, b: a ^ b,
    "NAND": lambda a, b: 1 - (a & b), "NOR": lambda a, b: 1 - (a | b),
}
_GATE_KO = {"AND": "논리곱(AND)", "OR": "논리합(OR)", "XOR": "배타적논리합(XOR)",
            "NAND": "NAND", "NOR": "NOR"}
_ROWS4 = [(0, 0), (0, 1), (1, 0), (1, 1)]


def _gate_expr(rng: random.Random) -> tuple[str, object, object]:
    """A two-gate expression over A, B, C: (text, python function, sympy expression)."""
    A, B, C = sp.symbols("A B C")
    g1, g2 = rng.choice(["AND", "OR", "XOR"]), rng.choice(["AND", "OR", "XOR"])
    sy = {"AND": sp.And, "OR": sp.Or, "XOR": sp.Xor}
    neg = rng.random() < 0.35
    cterm = "NOT C" if neg else "C"
    text = f"(A {g1} B) {g2} {cterm}"

    def fn(a: int, b: int, c: int) -> int:
        return _GATES[g2](_GATES[g1](a, b), (1 - c) if neg else c)
    expr = sy[g2](sy[g1](A, B), sp.Not(C) if neg else C)
    return text, fn, expr


@family(A12, "logic-expression-truth-count")
def _logic_count(rng: random.Random) -> Problem:
    text_e, fn, expr = _gate_expr(rng)
    rows = [(a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)]
    ones = sum(fn(*r) for r in rows)
    mode = rng.choice(["count", "eval", "eval"])
    if mode == "count":
        text = rng.choice([
            f"세 입력 A, B, C가 각각 0 또는 1일 때, 논리 연산 {text_e}의 진리표를 만들려고 한다. 진리표의 8개의 행 중 "
            f"출력이 1인 행은 몇 개인지 {_end(rng)}",
            f"논리 회로의 출력이 {text_e}로 정해진다. 입력 (A, B, C)의 모든 경우 중에서 출력이 1이 되는 경우의 수를 {_end(rng)}",
        ])
        ans = str(ones)

        def chk() -> bool:
            A, B, C = sp.symbols("A B C")
            return sum(1 for v in rows if bool(expr.subs({A: bool(v[0]), B: bool(v[1]), C: bool(v[2])}))) == ones
        fmt, d = "data", 3
    else:
        a, b, c = rng.choice(rows)
        text = rng.choice([
            f"A={a}, B={b}, C={c}일 때 {text_e}의 값을 {_end(rng)} (단, 1은 참, 0은 거짓을 뜻한다.)",
            f"다음 논리 연산의 결과를 0 또는 1로 나타내시오. (A={a}, B={b}, C={c})\n{text_e}",
        ])
        ans = str(fn(a, b, c))

        def chk() -> bool:
            A, B, C = sp.symbols("A B C")
            return str(int(bool(expr.subs({A: bool(a), B: bool(b), C: bool(c)})))) == ans
        fmt, d = "computation", 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["진리표"], check=chk)


@family(A12, "truth-table-fill-gate")
def _tt_fill(rng: random.Random) -> Problem:
    g = rng.choice(list(_GATES))
    order = _ROWS4 if rng.random() < 0.7 else rng.sample(_ROWS4, 4)
    out = [_GATES[g](a, b) for a, b in order]
    blanks = "㉠㉡㉢㉣"
    lay = rng.choice(["table", "line"])
    if lay == "table":
        tbl = "A | B | 출력\n" + "\n".join(f"{a} | {b} | ( {blanks[i]} )" for i, (a, b) in enumerate(order))
        text = f"다음은 {_GATE_KO[g]} 연산의 진리표이다. ㉠~㉣에 알맞은 수를 차례로 {_end(rng, '쓰')}\n{tbl}"
    else:
        desc = {"AND": "두 입력이 모두 1일 때만 1을 출력하는", "OR": "두 입력 중 하나 이상이 1이면 1을 출력하는",
                "XOR": "두 입력이 서로 다를 때만 1을 출력하는", "NAND": "AND 연산의 결과를 반대로 출력하는",
                "NOR": "OR 연산의 결과를 반대로 출력하는"}[g]
        pairs = ", ".join(f"({a}, {b})" for a, b in order)
        text = (f"{desc} 논리 연산 {g}에 입력 (A, B)를 차례로 {pairs}로 넣었다. 출력되는 값을 순서대로 {_end(rng, '쓰')}")
    ans = ", ".join(map(str, out))
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E", concepts=["진리표"],
                   check=lambda: [int(bool({"AND": sp.And, "OR": sp.Or, "XOR": sp.Xor, "NAND": sp.Nand,
                                                 "NOR": sp.Nor}[g](bool(a), bool(b)))) for a, b in order] == out)


@family(A12, "perceptron-which-gate")
def _which_gate(rng: random.Random) -> Problem:
    st = pick_style(rng)
    g = rng.choice(["AND", "OR", "NAND", "NOR"])
    w = rng.choice([1, 2, 3]) * Fr(rng.choice([1, 10, 2]), 1 if rng.random() < 0.5 else 10)
    # bias range for each gate with equal weights w (w > 0 for AND/OR, -w for NAND/NOR), step s >= 0
    if g == "AND":
        ws, b = (w, w), -Fr(3, 2) * w
    elif g == "OR":
        ws, b = (w, w), -Fr(1, 2) * w
    elif g == "NAND":
        ws, b = (-w, -w), Fr(3, 2) * w
    else:
        ws, b = (-w, -w), Fr(1, 2) * w
    outs = [1 if ws[0] * a + ws[1] * c + b >= 0 else 0 for a, c in _ROWS4]
    assert outs == [_GATES[g](a, c) for a, c in _ROWS4]
    opts = [_GATE_KO[k] for k in ("AND", "OR", "XOR", "NAND", "NOR")]
    ch = choices(rng, _GATE_KO[g], [o for o in opts if o != _GATE_KO[g]])
    text = rng.choice([
        f"가중치가 {_eq('w', 1, ws[0], st)}, {_eq('w', 2, ws[1], st)}이고 편향이 {_ns(b, st)}인 퍼셉트론이 있다. "
        f"가중합이 0 이상이면 1, 0 미만이면 0을 출력할 때, 이 퍼셉트론이 나타내는 논리 연산은?\n{ch.block}",
        f"두 입력 {_sub('x', 1, st)}, {_sub('x', 2, st)}가 0 또는 1인 퍼셉트론의 가중합이 {_linexpr(ws, b, st)}"
        f"이고, 가중합이 0 이상일 때만 1을 출력한다. 이 퍼셉트론의 진리표와 같은 논리 연산을 고르면?\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["진리표"], choice=ch, check=lambda: outs == [_GATES[g](a, c) for a, c in _ROWS4])


@family(A12, "bias-range-for-gate")
def _bias_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    g = rng.choice(["AND", "OR"])
    w = rng.randint(2, 6)
    # step s >= 0.  AND: 2w+b >= 0 and w+b < 0  →  -2w <= b < -w ;  OR: w+b >= 0 and b < 0  →  -w <= b < 0
    lo, hi = (-2 * w, -w) if g == "AND" else (-w, 0)
    ints = [b for b in range(lo, hi)]
    mode = rng.choice(["count", "range", "max"])
    base = (f"두 입력이 0 또는 1인 퍼셉트론의 가중치가 {_eq('w', 1, w, st)}, {_eq('w', 2, w, st)}이고, 가중합에 편향 b를 "
            f"더한 값이 0 이상이면 1, 0 미만이면 0을 출력한다. 이 퍼셉트론이 {_GATE_KO[g]} 연산을 나타내도록 ")
    le = {"latex": "\\le", "unicode": "≤", "plain": "<="}[st]
    if mode == "count":
        text = base + f"하는 정수 b의 개수를 {_end(rng)}"
        ans = str(len(ints))
    elif mode == "max":
        text = base + "하는 정수 b 중 가장 큰 값은 얼마인가?"
        ans = str(max(ints))
    else:
        text = base + f"하는 b의 값의 범위를 {_end(rng)}"
        ans = _w(f"{_ns(lo, st)} {le} b < {_ns(hi, st)}", st)

    def chk() -> bool:
        ok = [b for b in range(-20, 20) if [1 if w * a + w * c + b >= 0 else 0 for a, c in _ROWS4]
              == [_GATES[g](a, c) for a, c in _ROWS4]]
        return ok == ints
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["진리표"],
                   check=chk)


@family(A12, "mlp-xor-forward")
def _mlp_xor(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 2, 10])
    sc = Fr(k, 1) if k != 10 else Fr(1, 10) * rng.choice([5, 10])
    # hidden 1 = OR, hidden 2 = NAND, output = AND (all with step s >= 0)
    h1w, h1b = (sc, sc), -sc / 2
    h2w, h2b = (-sc, -sc), Fr(3, 2) * sc
    ow, ob = (sc, sc), -Fr(3, 2) * sc
    x1, x2 = rng.choice(_ROWS4)

    def stp(v: Fr) -> int:
        return 1 if v >= 0 else 0
    h1 = stp(h1w[0] * x1 + h1w[1] * x2 + h1b)
    h2 = stp(h2w[0] * x1 + h2w[1] * x2 + h2b)
    y = stp(ow[0] * h1 + ow[1] * h2 + ob)

    def lin(ws: tuple, b: Fr, v1: str, v2: str) -> str:
        return _linexpr(ws, b, st, v1)
    x1s, x2s = "x", "x"
    h1s, h2s = _sub("h", 1, st), _sub("h", 2, st)
    net = (f"· 은닉층 {h1s}: {lin(h1w, h1b, x1s, x2s)}\n· 은닉층 {h2s}: {lin(h2w, h2b, x1s, x2s)}\n"
           f"· 출력층 y: {lin(ow, ob, 'h', 'h')}")
    mode = rng.choice(["one", "one", "all"])
    intro = rng.choice(["다음은 두 층으로 이루어진 퍼셉트론(다층퍼셉트론)이다. 각 노드는 아래 식의 값이 0 이상이면 1, 0 미만이면 0을 출력한다.",
                        "단층 퍼셉트론으로는 만들 수 없는 연산을 구현하기 위해 다음과 같이 퍼셉트론을 두 층으로 연결하였다. 각 노드의 활성화함수는 계단 함수(0 이상이면 1, 0 미만이면 0)이다."])
    if mode == "one":
        text = f"{intro}\n{net}\n입력이 ({x1}, {x2})일 때 {h1s}, {h2s}, y의 값을 차례로 {_end(rng)}"
        ans = f"{h1}, {h2}, {y}"
        fmt, d = "computation", 3
    else:
        text = f"{intro}\n{net}\n입력 (0, 0), (0, 1), (1, 0), (1, 1)에 대한 출력 y를 차례로 쓰고, 이 신경망이 나타내는 논리 연산을 {_end(rng, '쓰')}"
        outs = []
        for a, b in _ROWS4:
            p = stp(h1w[0] * a + h1w[1] * b + h1b)
            q = stp(h2w[0] * a + h2w[1] * b + h2b)
            outs.append(stp(ow[0] * p + ow[1] * q + ob))
        ans = ", ".join(map(str, outs)) + ", XOR"
        fmt, d = "data", 4
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d), concepts=["진리표", "활성화함수"],
                   also=[A11], check=lambda: y == (x1 ^ x2))


_RULESETS = [
    ("동물 분류",
     [(("털이 있다",), "포유류이다"), (("깃털이 있다",), "조류이다"), (("포유류이다", "고기를 먹는다"), "육식 동물이다"),
      (("육식 동물이다", "줄무늬가 있다"), "호랑이이다"), (("육식 동물이다", "갈기가 있다"), "사자이다"),
      (("조류이다", "날지 못한다", "헤엄을 친다"), "펭귄이다")],
     [["털이 있다", "고기를 먹는다", "줄무늬가 있다"], ["털이 있다", "고기를 먹는다", "갈기가 있다"],
      ["깃털이 있다", "날지 못한다", "헤엄을 친다"]]),
    ("등교 준비 도우미",
     [(("비가 온다",), "우산이 필요하다"), (("기온이 5 °C 이하이다",), "춥다"), (("춥다", "바람이 강하다"), "두꺼운 외투를 입는다"),
      (("우산이 필요하다", "바람이 강하다"), "장우산을 챙긴다"), (("춥다", "비가 온다"), "장갑을 챙긴다")],
     [["기온이 5 °C 이하이다", "바람이 강하다"], ["비가 온다", "바람이 강하다"], ["비가 온다", "기온이 5 °C 이하이다"]]),
    ("반려 식물 관리",
     [(("잎이 노랗다",), "물을 너무 많이 주었다"), (("흙이 말랐다",), "물이 부족하다"),
      (("물이 부족하다", "잎이 처진다"), "물을 충분히 준다"), (("물을 너무 많이 주었다", "화분에 물이 고였다"), "배수가 잘되는 흙으로 옮겨 심는다"),
      (("잎 끝이 탔다",), "햇빛을 줄인다")],
     [["흙이 말랐다", "잎이 처진다"], ["잎이 노랗다", "화분에 물이 고였다"], ["잎 끝이 탔다"]]),
]


def _forward_chain(rules: list, facts: list[str]) -> list[str]:
    known = list(facts)
    changed = True
    while changed:
        changed = False
        for cond, concl in rules:
            if all(c in known for c in cond) and concl not in known:
                known.append(concl)
                changed = True
    return known


@family(A12, "expert-system-inference")
def _expert(rng: random.Random) -> Problem:
    topic, rules, factsets = rng.choice(_RULESETS)
    facts = rng.choice(factsets)
    known = _forward_chain(rules, facts)
    derived = [k for k in known if k not in facts]
    final = derived[-1]
    shown = rng.sample(rules, len(rules))
    if rng.random() < 0.5:
        rtxt = "\n".join(f"규칙 {i + 1}: IF {' AND '.join(c)} THEN {concl}" for i, (c, concl) in enumerate(shown))
    else:
        rtxt = "\n".join(f"규칙 {i + 1}: ({') 그리고 ('.join(c)}) → ({concl})" for i, (c, concl) in enumerate(shown))
    ftxt = ", ".join(f"'{f}'" for f in facts)
    mode = rng.choice(["final", "count", "mcq"])
    intro = rng.choice([f"다음은 '{topic}' 전문가시스템에 저장된 규칙이다.",
                        f"규칙 기반으로 추론하는 '{topic}' 인공지능이 다음 규칙을 가지고 있다."])
    if mode == "final":
        text = f"{intro}\n{rtxt}\n사용자가 {ftxt}라고 입력했을 때, 이 시스템이 규칙을 적용하여 마지막으로 내리는 결론을 {_end(rng, '쓰')}"
        return Problem(text=text, answer=final, format="word", difficulty=2, achievement_level="D", concepts=[],
                       check=lambda: final in _forward_chain(list(reversed(rules)), facts))
    if mode == "count":
        text = f"{intro}\n{rtxt}\n입력된 사실이 {ftxt}일 때, 새롭게 추론되는 사실은 모두 몇 개인지 {_end(rng)}"
        return Problem(text=text, answer=str(len(derived)), format="word", difficulty=3, achievement_level="C",
                       check=lambda: len(_forward_chain(list(reversed(rules)), facts)) - len(facts) == len(derived))
    wrong = [c for _, c in rules if c not in known]
    if len(wrong) < 2:
        return _expert(rng)
    cands = [f"'{c}'라는 결론을 얻는다." for c in derived]
    bad = [f"'{c}'라는 결론을 얻는다." for c in wrong]
    corr = rng.choice(cands)
    extra = ["입력된 사실만으로는 어떤 규칙도 적용할 수 없다.", "모든 규칙의 결론이 참이 된다.",
             "규칙의 순서에 따라 결론이 달라진다."]
    ch = choices(rng, corr, bad + extra)
    text = f"{intro}\n{rtxt}\n입력된 사실이 {ftxt}일 때, 이 시스템의 추론으로 옳은 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   check=lambda: all(c not in known for c in wrong))


@family(A12, "flowchart-trace")
def _flowchart(rng: random.Random) -> Problem:
    kind = rng.choice(["sum", "count", "classify"])
    if kind == "sum":
        n = rng.randint(4, 9)
        step = rng.choice([1, 2, 3])
        s, i = 0, 1
        while i <= n:
            s += i
            i += step
        chart = (f"① 시작\n② n에 {josa(str(n), '을/를')} 입력한다.\n③ S = 0, i = 1로 놓는다.\n④ i ≤ n이면 ⑤로, 아니면 ⑦로 간다.\n"
                 f"⑤ S에 i를 더한다.\n⑥ i에 {josa(str(step), '을/를')} 더하고 ④로 간다.\n⑦ S를 출력한다.\n⑧ 끝")
        ans, chk = str(s), (lambda: s == sum(range(1, n + 1, step)))
        d = 2
    elif kind == "count":
        data = [rng.randint(40, 100) for _ in range(rng.randint(6, 8))]
        cut = rng.choice([60, 70, 80])
        c = sum(1 for x in data if x >= cut)
        chart = (f"① 시작\n② K = 0으로 놓는다.\n③ 점수 자료 {', '.join(map(str, data))} 중 아직 읽지 않은 점수를 앞에서부터 하나 읽는다.\n"
                 f"④ 읽은 점수가 {cut} 이상이면 K에 1을 더한다.\n⑤ 읽을 자료가 남아 있으면 ③으로 돌아간다.\n⑥ K를 출력한다.\n⑦ 끝")
        ans, chk = str(c), (lambda: c == len([x for x in data if not x < cut]))
        d = 2
    else:
        t = rng.randint(15, 35)
        h = rng.randint(20, 90)
        tc, hc = rng.choice([25, 26, 27, 28]), rng.choice([60, 65, 70])
        out = "에어컨 가동" if t >= tc and h >= hc else ("제습기 가동" if h >= hc else ("선풍기 가동" if t >= tc else "대기"))
        chart = (f"① 시작\n② 온도 T와 습도 H를 입력받는다.\n③ T ≥ {tc}이고 H ≥ {hc}이면 '에어컨 가동'을 출력하고 ⑦로 간다.\n"
                 f"④ H ≥ {hc}이면 '제습기 가동'을 출력하고 ⑦로 간다.\n⑤ T ≥ {tc}이면 '선풍기 가동'을 출력하고 ⑦로 간다.\n"
                 f"⑥ '대기'를 출력한다.\n⑦ 끝\n(입력: T = {t}, H = {h})")
        ans = out

        def chk() -> bool:
            if h >= hc:
                return out == ("에어컨 가동" if t >= tc else "제습기 가동")
            return out == ("선풍기 가동" if t >= tc else "대기")
        d = 2
    lead = rng.choice(["다음 순서도를 따라 실행했을 때 출력되는 값을", "인공지능 프로그램의 일부를 단계별로 나타낸 다음 순서도의 출력 결과를",
                       "다음은 어떤 알고리즘의 순서도를 글로 나타낸 것이다. 출력되는 결과를"])
    text = f"{lead} {_end(rng)}\n{chart}"
    return Problem(text=text, answer=ans, format="computation" if kind != "classify" else "word", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["순서도"], check=chk)


@family(A12, "linear-separability")
def _separable(rng: random.Random) -> Problem:
    mode = rng.choice(["gate", "points"])
    if mode == "gate":
        bad = rng.choice(["XOR", "XNOR"])
        good = ["AND", "OR", "NAND", "NOR", "A만 참일 때 1을 출력하는 연산(A AND NOT B)"]
        opts_ok = rng.sample(good, 4)
        corr = _GATE_KO.get(bad, "XNOR(두 입력이 같을 때 1)")
        ch = choices(rng, corr, [_GATE_KO.get(o, o) for o in opts_ok])
        text = rng.choice([f"좌표평면 위의 네 점 (0, 0), (0, 1), (1, 0), (1, 1)에 출력값을 표시할 때, 출력이 1인 점과 0인 점을 "
                           f"하나의 직선으로 나눌 수 없는 연산은?\n{ch.block}",
                           f"1960년대에 단층 퍼셉트론의 한계로 지적되었던 것처럼, 퍼셉트론 하나로는 구현할 수 없는 논리 연산은?\n{ch.block}"])
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                       concepts=["진리표"], check=lambda: bad in ("XOR", "XNOR"))
    # points: labelled 4 corner points; is there a line separating 1s from 0s?  Only XOR/XNOR patterns fail.
    lab = [rng.randint(0, 1) for _ in range(4)]
    while len(set(lab)) == 1:
        lab = [rng.randint(0, 1) for _ in range(4)]
    sep = lab not in ([0, 1, 1, 0], [1, 0, 0, 1])
    pts = ", ".join(f"{p}→{v}" for p, v in zip(["(0, 0)", "(0, 1)", "(1, 0)", "(1, 1)"], lab, strict=True))
    text = rng.choice([f"네 입력에 대한 정답이 {josa(pts, '과/와')} 같이 주어졌다. 출력이 1인 점과 0인 점을 한 직선으로 나눌 수 있으면 '가능', "
                       f"없으면 '불가능'이라고 쓰시오. 또 단층 퍼셉트론 하나로 이 자료를 학습할 수 있는지 판단하시오.",
                       f"어떤 논리 연산의 진리표가 {pts}이다. 이 연산을 퍼셉트론 하나(층이 하나)로 구현할 수 있는지 판단하고 그 이유를 쓰시오."])
    ans = ("가능, 학습할 수 있다" if sep else "불가능, 학습할 수 없다") if "'가능'" in text else \
        ("구현할 수 있다(한 직선으로 1과 0을 나눌 수 있다)" if sep else "구현할 수 없다(한 직선으로 1과 0을 나눌 수 없다)")

    def chk() -> bool:
        found = any(all((w1 * x + w2 * y + b >= 0) == bool(v) for (x, y), v in zip(_ROWS4, lab, strict=True))
                    for w1 in range(-3, 4) for w2 in range(-3, 4) for b in [Fr(k, 2) for k in range(-9, 10)])
        return found == sep
    return Problem(text=text, answer=ans, format="proof" if "이유" in text else "word", difficulty=3,
                   achievement_level="C", concepts=["진리표"], check=chk)


# =================================================================================================
# 12인수01-03 빅데이터의 개념과 특성, 수집·분석 과정, 활용 사례, 편향성과 공정성
# =================================================================================================
_UNITS = ["B", "KB", "MB", "GB", "TB", "PB"]


@family(A13, "data-unit-conversion")
def _units(rng: random.Random) -> Problem:
    i = rng.randint(2, 5)
    j = i - rng.choice([1, 1, 2])
    up = rng.random() < 0.6  # big unit → small unit
    base = rng.choice([1024, 1024, 1000])
    k = i - j
    if up:
        v = rng.choice([2, 3, 4, 5, 8, 16, 0.5])
        ans = Fr(v) * base ** k
        q = f"{_n(Fr(v))} {_UNITS[i]}는 몇 {_UNITS[j]}인가?"
    else:
        m = rng.choice([1, 2, 3, 4, 6, 8])
        v = m * base ** k
        ans = Fr(m)
        q = f"{v:,} {_UNITS[j]}는 몇 {_UNITS[i]}인지 {_end(rng)}"
    note = (f"1 KB = {base:,} B, 1 MB = {base:,} KB, 1 GB = {base:,} MB, 1 TB = {base:,} GB, 1 PB = {base:,} TB")
    ctx = rng.choice(["", "빅데이터를 저장하는 데이터 센터의 용량을 계산하려고 한다. ",
                      "학교 서버에 저장된 급식 사진 자료의 용량을 정리하고 있다. "])
    text = f"{ctx}{q} (단, {note}이다.)" if rng.random() < 0.6 else f"{ctx}{note}일 때, {q}"
    ans_s = f"{int(ans):,}" if ans.denominator == 1 else _n(ans)
    return Problem(text=text, answer=ans_s, format="computation", difficulty=1, achievement_level="E",
                   concepts=["빅데이터"],
                   check=lambda: (_R(v) * sp.Integer(base) ** k if up else sp.Integer(v) / sp.Integer(base) ** k)
                   == sp.Rational(ans.numerator, ans.denominator))


@family(A13, "storage-capacity-count")
def _storage(rng: random.Random) -> Problem:
    who = name(rng)
    cap = rng.choice([64, 128, 256, 512])
    used = rng.choice([0, 10, 20, 32])
    item, size, unit = rng.choice([("사진", rng.choice([3, 4, 5, 6]), "MB"), ("동영상", rng.choice([200, 300, 500]), "MB"),
                                   ("음악 파일", rng.choice([4, 5, 8]), "MB"), ("고화질 영화", rng.choice([2, 3, 4]), "GB")])
    free_mb = (cap - used) * 1024 if unit == "MB" else (cap - used)
    n = free_mb // size
    text = rng.choice([
        f"{josa(who, '은/는')} 저장 용량이 {cap} GB인 휴대 전화를 {'쓰고 있으며, 그중 ' + str(used) + ' GB는 이미 사용 중이다' if used else '새로 샀다'}. "
        f"한 개의 용량이 {size} {unit}인 {josa(item, '을/를')} 최대 몇 개까지 더 저장할 수 있는지 {_end(rng)} (단, 1 GB = 1024 MB이다.)",
        f"인공지능 학습용 {item} 자료를 모으려고 한다. {item} 한 개의 용량이 {size} {unit}이고, 남은 저장 공간이 "
        f"{cap - used} GB일 때, 저장할 수 있는 {item}은 최대 몇 개인가? (단, 1 GB = 1024 MB이다.)",
    ])
    text = text.replace(f"{item}은 최대", f"{josa(item, '은/는')} 최대")
    return Problem(text=text, answer=f"{n:,}", format="word", difficulty=2, achievement_level="D", concepts=["빅데이터"],
                   check=lambda: n * size <= free_mb < (n + 1) * size)


@family(A13, "sensor-data-volume")
def _sensor(rng: random.Random) -> Problem:
    n = rng.choice([10, 20, 50, 100, 200])
    per = rng.choice([1, 2, 5, 10])  # seconds between records
    rec = rng.choice([50, 100, 200, 500])  # bytes per record
    hours = rng.choice([1, 10, 24])
    total_b = n * (hours * 3600 // per) * rec
    unit, div = rng.choice([("KB", 1000), ("MB", 10 ** 6)])
    while total_b % div:
        hours = rng.choice([1, 10, 24])
        n = rng.choice([10, 20, 50, 100, 200])
        total_b = n * (hours * 3600 // per) * rec
        if div == 10 ** 6 and total_b % div:
            unit, div = "KB", 1000
    ans = total_b // div
    what = rng.choice(["교실 공기질 측정 센서", "도로의 교통량 감지 센서", "스마트 농장의 토양 습도 센서", "하천 수위 측정 센서"])
    text = rng.choice([
        f"어느 지역에 설치된 {what} {n}대가 각각 {per}초마다 {rec} B 크기의 측정값을 하나씩 서버로 보낸다. "
        f"{hours}시간 동안 서버에 쌓이는 데이터의 양은 몇 {unit}인지 {_end(rng)} (단, 1 KB = 1000 B, 1 MB = 1000 KB이다.)",
        f"빅데이터의 특징 중 하나는 데이터가 매우 빠르게 생성된다는 것이다. {what} 한 대가 {per}초에 한 번씩 {rec} B의 "
        f"데이터를 만든다면, {n}대가 {hours}시간 동안 만드는 데이터는 모두 몇 {unit}인가? (단, 1 KB = 1000 B, 1 MB = 1000 KB)",
    ])
    return Problem(text=text, answer=f"{ans:,}", format="word", difficulty=3, achievement_level="C",
                   concepts=["빅데이터"], check=lambda: sp.Integer(n) * 3600 * hours / per * rec / div == ans)


@family(A13, "data-growth")
def _growth(rng: random.Random) -> Problem:
    start = rng.choice([2, 5, 10, 20, 40])
    factor, period = rng.choice([(2, 1), (2, 2), (2, 3), (3, 2), (10, 5)])
    years = period * rng.randint(2, 5)
    k = years // period
    end = start * factor ** k
    mode = rng.choice(["amount", "times"])
    org = rng.choice(["한 동영상 플랫폼", "어느 도시의 교통 정보 시스템", "한 온라인 쇼핑몰", "기상청"])
    grow = f"{period}년마다 {factor}배" if period > 1 else f"매년 {factor}배"
    if mode == "amount":
        text = rng.choice([
            f"{org}에 저장되는 데이터의 양이 {grow}로 늘어난다고 한다. 현재 저장된 데이터가 {start} TB라면 {years}년 후에는 몇 TB가 되는지 {_end(rng)}",
            f"현재 {start} TB인 {org}의 데이터가 {grow}씩 증가한다고 할 때, {years}년 뒤의 데이터 양은 몇 TB인가?",
        ])
        ans = f"{end:,}"
    else:
        text = f"{org}의 데이터 양이 {grow}로 늘어난다면, {years}년 후의 데이터 양은 현재의 몇 배인지 {_end(rng)}"
        ans = f"{factor ** k:,}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["빅데이터"],
                   check=lambda: sp.Integer(factor) ** sp.Rational(years, period) * (start if mode == "amount" else 1)
                   == int(ans.replace(",", "")))


_V_POOL = {
    "규모(Volume)": ["전 세계 사용자가 하루에 올리는 사진이 수억 장에 이르러 페타바이트 단위의 저장 공간이 필요하다.",
                   "한 통신사에 쌓인 10년 치 통화 기록이 수십 테라바이트에 이른다.",
                   "유전체 분석 연구소가 저장한 유전 정보가 기존 데이터베이스로 감당하기 어려울 만큼 많다."],
    "속도(Velocity)": ["주식 거래 시스템에서는 1초에도 수만 건의 거래 기록이 새로 생긴다.",
                     "내비게이션은 도로의 교통 정보를 실시간으로 받아 곧바로 경로를 다시 계산한다.",
                     "교통카드 사용 기록이 승차할 때마다 즉시 서버로 전송된다."],
    "다양성(Variety)": ["SNS에는 글, 사진, 동영상, 음성 등 서로 다른 형태의 데이터가 함께 쌓인다.",
                      "병원에는 진료 기록표, 엑스선 사진, 의사의 음성 메모가 함께 저장된다.",
                      "스마트 도시에서는 CCTV 영상, 센서 수치, 시민 민원 글을 함께 수집한다."],
    "정확성(Veracity)": ["온라인 리뷰 중 일부는 광고성 가짜 리뷰여서 분석 전에 걸러 내야 한다.",
                       "센서 고장으로 기록된 잘못된 온도값을 찾아 제거한 뒤 분석한다."],
    "가치(Value)": ["카드 결제 데이터를 분석하여 지역 상권에 필요한 가게 종류를 찾아냈다.",
                  "버스 승하차 데이터를 분석하여 심야 버스 노선을 새로 만들었다."],
}


@family(A13, "bigdata-characteristic")
def _v_char(rng: random.Random) -> Problem:
    target = rng.choice(list(_V_POOL))
    sent = rng.choice(_V_POOL[target])
    mode = rng.choice(["which-char", "which-case"])
    if mode == "which-char":
        ch = choices(rng, target, [k for k in _V_POOL if k != target])
        text = rng.choice([f"다음 사례와 가장 관련이 깊은 빅데이터의 특성은?\n\"{sent}\"\n{ch.block}",
                           f"\"{sent}\"\n위 설명은 빅데이터의 어떤 특성을 보여 주는가?\n{ch.block}"])
    else:
        others = [x for k, v in _V_POOL.items() if k != target for x in v]
        ch = choices(rng, sent, others)
        text = f"다음 중 빅데이터의 특성 중 {target.split('(')[0]}을 가장 잘 보여 주는 사례는?\n{ch.block}"
        if target.startswith("규모"):
            text = text.replace("규모을", "규모를")
        text = text.replace("속도을", "속도를").replace("가치을", "가치를")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                   concepts=["빅데이터"], check=lambda: sent in _V_POOL[target])


_STRUCTURED = ["학생별 출결 기록표", "편의점의 상품별 판매 수량 표", "기온과 강수량 관측표", "회원 가입 정보(이름, 나이, 주소) 목록",
               "성적 처리 스프레드시트", "교통카드 승하차 시각 기록 표"]
_UNSTRUCTURED = ["유튜브 동영상", "SNS에 올린 글", "CCTV 녹화 영상", "통화 녹음 파일", "손글씨 사진", "상품 후기 글", "엑스선 사진"]


@family(A13, "structured-vs-unstructured")
def _struct(rng: random.Random) -> Problem:
    k1, k2 = rng.randint(2, 4), rng.randint(2, 4)
    items = rng.sample(_STRUCTURED, k1) + rng.sample(_UNSTRUCTURED, k2)
    rng.shuffle(items)
    target = rng.choice(["정형", "비정형"])
    cnt = k1 if target == "정형" else k2
    lst = "\n".join(f"({i + 1}) {x}" for i, x in enumerate(items))
    text = rng.choice([
        f"행과 열이 정해진 표 형태로 정리할 수 있는 데이터를 정형 데이터, 그렇지 않은 데이터를 비정형 데이터라고 한다. "
        f"다음 중 {target} 데이터는 모두 몇 개인지 {_end(rng)}\n{lst}",
        f"다음은 어느 학교의 인공지능 동아리가 모은 자료이다. 이 중 {target} 데이터에 해당하는 것의 개수를 {_end(rng)}\n{lst}",
    ])
    pool = _STRUCTURED if target == "정형" else _UNSTRUCTURED
    return Problem(text=text, answer=str(cnt), format="data", difficulty=1, achievement_level="E", concepts=["빅데이터"],
                   check=lambda: sum(x in pool for x in items) == cnt)


@family(A13, "training-data-bias")
def _bias(rng: random.Random) -> Problem:
    groups = rng.choice([["10대", "20~30대", "40~50대", "60대 이상"], ["서울", "경기", "충청", "영남", "호남"],
                         ["남학생", "여학생"], ["밝은 피부", "중간 피부", "어두운 피부"]])
    k = len(groups)
    total = rng.choice([200, 400, 500, 1000])
    # dataset counts (multiples of total/20) and population shares (percent)
    while True:
        cuts = sorted(rng.sample(range(1, 20), k - 1))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, 20], strict=True)]
        pop = [rng.choice([2, 3, 4, 5, 6, 8]) for _ in range(k)]
        if sum(pop) != 20 and k > 1:
            pop[-1] += 20 - sum(pop)
        if all(p > 0 for p in pop) and all(p > 0 for p in parts):
            gaps = [Fr(pop[i] - parts[i], 20) for i in range(k)]
            if len({g for g in gaps}) == k:
                break
    counts = [p * total // 20 for p in parts]
    pop_pct = [p * 5 for p in pop]
    data_pct = [p * 5 for p in parts]
    under = max(range(k), key=lambda i: pop_pct[i] - data_pct[i])
    tbl = "집단 | 학습 데이터 수 | 실제 인구 비율(%)\n" + "\n".join(
        f"{groups[i]} | {counts[i]} | {pop_pct[i]}" for i in range(k))
    ai = rng.choice(["얼굴 인식 인공지능", "음성 인식 인공지능", "추천 인공지능", "건강 예측 인공지능"])
    mode = rng.choice(["under", "pct"])
    if mode == "under":
        text = (f"다음은 {ai}을 학습시키는 데 사용한 데이터 {total}개의 집단별 구성과 실제 인구 비율이다.\n{tbl}\n"
                f"학습 데이터에서 차지하는 비율이 실제 인구 비율보다 가장 많이 낮은 집단을 쓰고, 그 차이는 몇 %p인지 {_end(rng)}")
        ans = f"{groups[under]}, {pop_pct[under] - data_pct[under]}%p"
    else:
        i = rng.randrange(k)
        text = (f"{ai}의 학습 데이터 {total}개를 집단별로 나누면 다음과 같다.\n{tbl}\n"
                f"{groups[i]} 집단이 학습 데이터에서 차지하는 비율은 몇 %이고, 실제 인구 비율과 비교할 때 이 집단의 데이터는 "
                f"많은 편인지 적은 편인지 {_end(rng, '쓰')}")
        rel = "많은 편" if data_pct[i] > pop_pct[i] else "적은 편"
        ans = f"{data_pct[i]}%, {rel}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["빅데이터"],
                   check=lambda: sum(counts) == total and all(Fr(counts[j], total) * 100 == data_pct[j] for j in range(k)))


@family(A13, "group-accuracy-fairness")
def _fair(rng: random.Random) -> Problem:
    ga, gb = rng.choice([("A 지역", "B 지역"), ("남성", "여성"), ("청소년", "노인"), ("표준어 화자", "사투리 화자")])
    na, nb = rng.choice([50, 80, 100, 200, 250]), rng.choice([20, 40, 50, 100])
    pa, pb = rng.choice([90, 92, 95, 96, 98]), rng.choice([60, 65, 70, 75, 80, 85])
    ca, cb = na * pa // 100, nb * pb // 100
    if ca * 100 != na * pa or cb * 100 != nb * pb:
        na, nb = 100, 100
        ca, cb = pa, pb
    what = rng.choice(["음성 인식", "얼굴 인식", "대출 심사", "질병 진단"])
    tbl = f"집단 | 검사한 수 | 맞힌 수\n{ga} | {na} | {ca}\n{gb} | {nb} | {cb}"
    text = rng.choice([
        f"한 {what} 인공지능의 성능을 집단별로 확인한 결과가 다음과 같다.\n{tbl}\n두 집단의 정확도(맞힌 비율)를 각각 백분율로 구하고, "
        f"그 차이는 몇 %p인지 {_end(rng)}",
        f"다음은 {what} 인공지능을 두 집단에 시험한 결과이다.\n{tbl}\n정확도의 차이가 몇 %p인지 구하고, 이런 차이가 생긴 원인으로 "
        f"생각할 수 있는 것을 학습 데이터와 관련지어 한 가지 쓰시오.",
    ])
    diff = pa - pb
    ans = f"{ga} {pa}%, {gb} {pb}%, {diff}%p" if "각각" in text else f"{diff}%p, 예: {gb}의 학습 데이터가 부족하거나 편향되었다."
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B" if "원인" in text else "C",
                   concepts=["빅데이터"], check=lambda: Fr(ca, na) * 100 - Fr(cb, nb) * 100 == diff)


_PROCESS = ["수집", "저장", "처리", "분석", "시각화"]


@family(A13, "bigdata-process-order")
def _process(rng: random.Random) -> Problem:
    desc = {"수집": rng.choice(["센서, 웹사이트, SNS 등에서 필요한 데이터를 모은다.", "설문과 로그 기록으로 데이터를 모은다."]),
            "저장": rng.choice(["모은 데이터를 서버나 클라우드에 보관한다.", "데이터를 분산 저장 장치에 나누어 저장한다."]),
            "처리": rng.choice(["빠진 값이나 잘못된 값을 고치고 형식을 맞춘다.", "중복 자료를 지우고 단위를 통일한다."]),
            "분석": rng.choice(["통계적 방법과 인공지능으로 규칙이나 경향을 찾는다.", "데이터에서 의미 있는 패턴을 찾아낸다."]),
            "시각화": rng.choice(["결과를 그래프나 지도로 나타내어 알기 쉽게 보여 준다.", "분석 결과를 대시보드로 만들어 공유한다."])}
    order = rng.sample(_PROCESS, 5)
    labels = "ㄱㄴㄷㄹㅁ"
    lst = "\n".join(f"{labels[i]}. {desc[s]}" for i, s in enumerate(order))
    ans_seq = [labels[order.index(s)] for s in _PROCESS]
    mode = rng.choice(["order", "blank"])
    if mode == "order":
        text = (f"다음은 빅데이터를 활용하는 과정의 각 단계를 설명한 것이다. 일반적인 진행 순서대로 기호를 나열하시오.\n{lst}")
        ans = " → ".join(ans_seq)
        return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D", concepts=["빅데이터"],
                       check=lambda: [order[labels.index(c)] for c in ans.split(" → ")] == _PROCESS)
    hide = rng.sample(range(5), 2)
    seq = " → ".join("(    )" if i in hide else s for i, s in enumerate(_PROCESS))
    text = f"빅데이터 분석은 보통 다음 순서로 진행된다. 빈칸에 알맞은 단계의 이름을 차례로 {_end(rng, '쓰')}\n{seq}"
    ans = ", ".join(_PROCESS[i] for i in sorted(hide))
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E", concepts=["빅데이터"],
                   check=lambda: len(ans.split(", ")) == 2)


# =================================================================================================
# 12인수02-01 텍스트 데이터를 집합과 벡터로 표현 (불용어 제거, 단어집합, 원-핫 벡터, 이진 벡터)
# =================================================================================================
_STOP = ["은", "는", "이", "가", "을", "를", "의", "에", "도", "정말", "너무", "아주", "그리고"]
_SENTS = [
    "오늘 급식 은 정말 맛있다", "급식 의 김치 가 너무 맵다", "오늘 수학 수업 은 정말 재미있다",
    "이 영화 는 음악 이 정말 좋다", "영화 의 결말 이 너무 슬프다", "수학 숙제 가 너무 많다",
    "이 책 은 그림 이 아주 예쁘다", "책 의 내용 이 정말 재미있다", "음악 수업 이 너무 즐겁다",
    "오늘 날씨 가 정말 좋다", "날씨 가 좋다 그리고 하늘 도 맑다", "영화 음악 이 좋다 그리고 배우 도 좋다",
    "체육 수업 에 축구 를 했다", "축구 경기 가 정말 재미있다", "과학 실험 이 너무 어렵다",
    "과학 수업 은 실험 이 재미있다", "급식 에 수박 이 나왔다", "수박 이 아주 달다",
]


def _content(sent: str) -> list[str]:
    return [w for w in sent.split() if w not in _STOP]


def _uniq(seq: list[str]) -> list[str]:
    return list(dict.fromkeys(seq))


def _set_txt(words: list[str]) -> str:
    return "{" + ", ".join(words) + "}"


def _show_tokens(rng: random.Random, sent: str) -> str:
    return rng.choice([" / ".join(sent.split()), "[" + ", ".join(sent.split()) + "]", sent])


def _stop_note(rng: random.Random, used: list[str]) -> str:
    shown = _uniq([w for w in _STOP if w in used] + rng.sample(_STOP, 3))
    return rng.choice([f"불용어: {', '.join(shown)}", f"(단, 불용어는 {{{', '.join(shown)}}}이다.)",
                       f"제거할 불용어 목록 - {', '.join(shown)}"])


@family(T21, "stopword-word-set")
def _stopword_set(rng: random.Random) -> Problem:
    sents = rng.sample(_SENTS, rng.choice([1, 2, 2]))
    toks = [w for s in sents for w in s.split()]
    ws = _uniq(_content(" ".join(sents)))
    mode = rng.choice(["count", "list"])
    shown = "\n".join(f"문장 {i + 1}: {_show_tokens(rng, s)}" for i, s in enumerate(sents))
    intro = rng.choice(["다음은 형태소 단위로 나눈 문장이다.", "인공지능 챗봇에 입력된 문장을 단어 단위로 나누었더니 다음과 같았다.",
                        "다음은 학생들이 쓴 한 줄 소감을 토큰으로 나눈 것이다."])
    stop = _stop_note(rng, toks)
    if mode == "count":
        text = f"{intro}\n{shown}\n{stop}\n불용어를 제거하고 만든 단어집합의 원소의 개수를 {_end(rng)}"
        ans = str(len(ws))
        fmt = "computation"
    else:
        text = f"{intro}\n{shown}\n{stop}\n불용어를 제거하여 단어집합을 만들고, 원소나열법으로 {_end(rng, '쓰')}"
        ans = _set_txt(ws)
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1 if len(sents) == 1 else 2,
                   achievement_level="E" if len(sents) == 1 else "D", concepts=["단어집합", "집합"],
                   check=lambda: sp.FiniteSet(*[w for w in toks if w not in _STOP]) == sp.FiniteSet(*ws))


@family(T21, "vocabulary-union-size")
def _vocab_union(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        s1, s2 = rng.sample(_SENTS, 2)
        a, b = set(_content(s1)), set(_content(s2))
        if a & b:
            break
    cup = "\\cup" if st == "latex" else "∪"
    cap = "\\cap" if st == "latex" else "∩"
    mode = rng.choice(["union", "inter", "formula"])
    A, B = _uniq(_content(s1)), _uniq(_content(s2))
    if mode == "formula":
        na, nb, nab = len(a), len(b), len(a & b)
        text = (f"두 문서에서 불용어를 제거하여 만든 단어집합을 각각 A, B라 하자. {_w(f'n(A)={na}', st)}, "
                f"{_w(f'n(B)={nb}', st)}이고 두 문서에 공통으로 나오는 단어가 {nab}개일 때, 두 문서 전체의 단어집합 "
                f"{_w(f'A {cup} B', st)}의 원소의 개수를 {_end(rng)}")
        ans = str(na + nb - nab)
        fmt, d = "computation", 2
    elif mode == "union":
        text = (f"두 문장에서 불용어를 제거한 단어집합이 각각\nA = {_set_txt(A)}\nB = {_set_txt(B)}\n일 때, 두 문장을 함께 표현하기 위한 "
                f"단어집합 {_w(f'A {cup} B', st)}의 원소의 개수를 {_end(rng)}")
        ans = str(len(a | b))
        fmt, d = "word", 2
    else:
        doc = rng.choice(["영화 리뷰", "학생의 소감문", "게시글"])
        text = (f"두 {doc}에서 불용어를 제거한 단어집합이 각각 A = {_set_txt(A)}, B = {_set_txt(B)}이다. "
                f"두 {doc}에 공통으로 쓰인 단어의 집합 {_w(f'A {cap} B', st)}를 원소나열법으로 {_end(rng, '쓰')}")
        ans = _set_txt([w for w in A if w in b])
        fmt, d = "fill", 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d), concepts=["단어집합", "집합"],
                   check=lambda: len(sp.FiniteSet(*a).union(sp.FiniteSet(*b))) == len(a) + len(b) - len(a & b))


def _vocab(rng: random.Random, k: int) -> list[str]:
    sents = rng.sample(_SENTS, k)
    return _uniq(_content(" ".join(sents)))


@family(T21, "one-hot-vector")
def _one_hot(rng: random.Random) -> Problem:
    st = pick_style(rng)
    voc = _vocab(rng, 2)[:8]
    w = rng.choice(voc)
    vec = [1 if v == w else 0 for v in voc]
    vtxt = ", ".join(f"{i + 1}번째: {v}" for i, v in enumerate(voc)) if rng.random() < 0.4 else _set_txt(voc).replace(
        "{", "[").replace("}", "]")
    mode = rng.choice(["write", "dim"])
    if mode == "write":
        text = rng.choice([
            f"단어집합의 단어를 다음 순서로 정하였다.\n{vtxt}\n단어 {_qj(w, '을/를')} 원-핫 벡터로 {_end(rng, '쓰')}",
            f"순서가 정해진 단어집합 {vtxt}에서 각 단어를 자신의 자리만 1이고 나머지는 0인 벡터로 나타내려고 한다. "
            f"{_qj(w, '을/를')} 나타내는 벡터를 {_end(rng)}",
        ])
        ans = _vec(vec, st)
        fmt, d = "fill", 1
    else:
        text = (f"단어집합이 {vtxt}일 때, 이 단어집합의 각 단어를 원-핫 벡터로 나타내면 벡터의 성분은 몇 개이고, 그중 1인 성분은 "
                f"몇 개인지 {_end(rng)}")
        ans = f"{len(voc)}개, 1개"
        fmt, d = "computation", 1
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="E", concepts=["벡터", "단어집합"],
                   check=lambda: sum(vec) == 1 and voc.index(w) == vec.index(1))


@family(T21, "sentence-binary-vector")
def _bin_vec(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s1, s2 = rng.sample(_SENTS, 2)
    voc = _uniq(_content(s1) + _content(s2))
    rng.shuffle(voc)
    target = rng.choice([s1, s2])
    ws = set(_content(target))
    vec = [1 if v in ws else 0 for v in voc]
    text = rng.choice([
        f"단어집합이 순서대로 [{', '.join(voc)}]일 때, 문장 \"{_show_tokens(rng, target)}\"에서 불용어({', '.join(w for w in _STOP if w in target.split())})를 "
        f"제거한 뒤 단어가 있으면 1, 없으면 0으로 나타낸 벡터를 {_end(rng)}",
        f"다음 단어집합의 순서에 따라, 주어진 문장에 나오는 단어는 1, 나오지 않는 단어는 0으로 하여 벡터로 나타내시오.\n"
        f"단어집합: {', '.join(voc)}\n문장: {_show_tokens(rng, target)}\n{_stop_note(rng, target.split())}",
    ])
    return Problem(text=text, answer=_vec(vec, st), format="computation", difficulty=2, achievement_level="D",
                   concepts=["벡터", "단어집합"], check=lambda: sum(vec) == len(ws))


@family(T21, "decode-vector")
def _decode(rng: random.Random) -> Problem:
    st = pick_style(rng)
    voc = _vocab(rng, 3)[:rng.choice([6, 7, 8])]
    k = rng.randint(2, 4)
    chosen = set(rng.sample(voc, k))
    vec = [1 if v in chosen else 0 for v in voc]
    mode = rng.choice(["words", "mcq"])
    if mode == "words":
        text = rng.choice([
            f"단어집합 {josa('[' + ', '.join(voc) + ']', '을/를')} 이용하여 어떤 문장을 벡터 {josa(_vec(vec, st), '으로/로')} 나타내었다. 이 문장에 들어 있는 단어를 모두 {_end(rng, '쓰')}",
            f"인공지능이 문장을 저장할 때 단어집합 [{', '.join(voc)}]의 순서에 따라 단어가 있으면 1, 없으면 0으로 기록한다. "
            f"저장된 값이 {_vec(vec, st)}일 때, 원래 문장에 있던 단어를 {_end(rng, '쓰')}",
        ])
        ans = ", ".join(v for v in voc if v in chosen)
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                       concepts=["벡터", "단어집합"], check=lambda: [1 if v in ans.split(", ") else 0 for v in voc] == vec)
    corr = ", ".join(v for v in voc if v in chosen)
    wrongs = []
    for _ in range(12):
        alt = set(rng.sample(voc, k))
        if alt != chosen:
            wrongs.append(", ".join(v for v in voc if v in alt))
    comp = ", ".join(v for v in voc if v not in chosen)
    ch = choices(rng, corr, [comp, *wrongs])
    text = (f"단어집합이 순서대로 [{', '.join(voc)}]일 때, 벡터 {josa(_vec(vec, st), '이/가')} 나타내는 단어들로 옳은 것은?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["벡터", "단어집합"], check=lambda: ch.options[ch.correct] == corr)


@family(T21, "vector-dimension-choice")
def _dim(rng: random.Random) -> Problem:
    sents = rng.sample(_SENTS, 3)
    toks = [w for s in sents for w in s.split()]
    content = [w for w in toks if w not in _STOP]
    voc = _uniq(content)
    n = len(voc)
    shown = "\n".join(f"({'가나다'[i]}) {_show_tokens(rng, s)}" for i, s in enumerate(sents))
    distract = [str(len(toks)), str(len(content)), str(len(set(toks))), str(n + 1), str(n - 1), str(n + 2)]
    ch = choices(rng, str(n), distract, sort_key=int)
    text = (f"다음 세 문장에서 불용어({', '.join(w for w in _STOP if w in toks)})를 제거하고 세 문장 전체의 단어집합을 만든 뒤, "
            f"각 단어를 원-핫 벡터로 나타내려고 한다. 이때 벡터의 성분의 개수는?\n{shown}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["벡터", "단어집합"], check=lambda: len(set(content)) == n)


@family(T21, "set-operations-on-texts")
def _set_ops(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        s1, s2, s3 = rng.sample(_SENTS, 3)
        a, b, c = set(_content(s1)), set(_content(s2)), set(_content(s3))
        if (a & b) and (b & c or a & c):
            break
    op_k = rng.choice(["minus", "three"])
    A, B, Cc = _uniq(_content(s1)), _uniq(_content(s2)), _uniq(_content(s3))
    if op_k == "minus":
        res = [w for w in A if w not in b]
        e = _w("A - B", st) if st != "unicode" else "A − B"
        text = (f"리뷰 1의 단어집합 A = {_set_txt(A)}, 리뷰 2의 단어집합 B = {_set_txt(B)}에 대하여 리뷰 1에만 나오는 단어의 집합 "
                f"{josa(e, '을/를')} 원소나열법으로 나타내고, 그 원소의 개수를 {_end(rng)}")
        ans = f"{_set_txt(res)}, {len(res)}"
    else:
        cup = "\\cup" if st == "latex" else "∪"
        u = a | b | c
        res = []
        e = _w(f"A {cup} B {cup} C", st)
        text = (f"세 문서의 단어집합이 A = {_set_txt(A)}, B = {_set_txt(B)}, C = {_set_txt(Cc)}이다. 세 문서를 모두 벡터로 "
                f"나타내기 위한 단어집합 {e}의 원소의 개수를 {_end(rng)}")
        ans = str(len(u))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["단어집합", "집합"],
                   check=lambda: (len(a.difference(b)) == len(res)) if op_k == "minus"
                   else len(sp.FiniteSet(*a, *b, *c)) == int(ans))


@family(T21, "represent-purpose-choice")
def _purpose(rng: random.Random) -> Problem:
    # choose set vs vector representation; the statements are checked against a small truth table
    stmts = [
        ("집합으로 나타내면 같은 단어가 여러 번 나와도 한 번만 원소로 쓴다.", True),
        ("집합 {수학, 수업}과 {수업, 수학}은 서로 같은 집합이다.", True),
        ("원-핫 벡터에서 1인 성분은 항상 하나뿐이다.", True),
        ("단어집합의 원소가 10개이면 각 단어의 원-핫 벡터는 10개의 성분을 가진다.", True),
        ("불용어는 문장의 의미를 파악하는 데 거의 도움이 되지 않아 제거하는 단어이다.", True),
        ("단어집합의 단어 순서를 바꾸어도 한 문장을 나타내는 벡터는 변하지 않는다.", False),
        ("원-핫 벡터로 나타내면 서로 다른 두 단어의 벡터가 같을 수 있다.", False),
        ("단어집합의 원소의 개수는 문장에 나온 단어의 전체 개수와 항상 같다.", False),
        ("집합으로 표현하면 문장에서 단어가 나온 순서를 알 수 있다.", False),
        ("불용어를 제거하면 단어집합의 원소의 개수가 늘어난다.", False),
    ]
    want = rng.choice([True, False])
    corr = rng.choice([s for s, t in stmts if t == want])
    others = [s for s, t in stmts if t != want]
    ch = choices(rng, corr, others)
    q = "옳은 것은?" if want else "옳지 않은 것은?"
    text = rng.choice([f"텍스트 데이터를 집합과 벡터로 나타내는 것에 대한 설명으로 {q}\n{ch.block}",
                       f"문장을 단어집합과 벡터로 표현하는 방법에 대한 다음 설명 중 {q}\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["집합", "벡터", "단어집합"], check=lambda: dict(stmts)[ch.options[ch.correct]] == want)


# =================================================================================================
# 12인수02-02 빈도수 벡터(단어가방 BoW), TF, DF, IDF, TF-IDF로 요약과 핵심어 추출
# =================================================================================================
_TOPICS = [
    ("축제 안내문", ["축제", "공연", "부스", "시간", "운동장", "참여"]),
    ("급식 후기", ["급식", "맛있다", "김치", "국", "양", "좋다"]),
    ("과학 기사", ["로봇", "인공지능", "센서", "데이터", "개발", "연구"]),
    ("영화 리뷰", ["영화", "배우", "연기", "음악", "재미", "결말"]),
    ("날씨 기사", ["비", "기온", "바람", "내일", "맑다", "미세먼지"]),
    ("환경 캠페인 글", ["쓰레기", "분리수거", "플라스틱", "환경", "줄이다", "실천"]),
]


def _count_table(voc: list[str], docs: list[list[int]], names_: list[str]) -> str:
    head = "단어 | " + " | ".join(names_)
    rows = [f"{w} | " + " | ".join(str(d[i]) for d in docs) for i, w in enumerate(voc)]
    return head + "\n" + "\n".join(rows)


def _token_doc(rng: random.Random, voc: list[str], counts: list[int]) -> str:
    toks = [w for w, c in zip(voc, counts, strict=True) for _ in range(c)]
    rng.shuffle(toks)
    return " / ".join(toks)


@family(T22, "bow-frequency-vector")
def _bow_vec(rng: random.Random) -> Problem:
    st = pick_style(rng)
    topic, voc0 = rng.choice(_TOPICS)
    voc = rng.sample(voc0, rng.choice([4, 5]))
    counts = [rng.randint(0, 3) for _ in voc]
    counts[rng.randrange(len(voc))] += 1
    doc = _token_doc(rng, voc, counts)
    text = rng.choice([
        f"다음은 한 {topic}에서 불용어를 제거하고 남은 단어를 나열한 것이다.\n{doc}\n단어집합을 [{', '.join(voc)}] 순서로 정할 때, "
        f"이 글을 단어가방(BoW) 모형의 빈도수 벡터로 {_end(rng, '쓰')}",
        f"단어집합 [{', '.join(voc)}]에 대하여 각 단어가 나온 횟수를 성분으로 하는 빈도수 벡터를 만들려고 한다. "
        f"불용어를 제거한 {topic}의 단어가 '{doc}'일 때, 빈도수 벡터를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_vec(counts, st), format="computation", difficulty=1, achievement_level="E",
                   concepts=["벡터"], check=lambda: [doc.split(" / ").count(w) for w in voc] == counts)


@family(T22, "bow-sum-summary")
def _bow_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    topic, voc0 = rng.choice(_TOPICS)
    voc = rng.sample(voc0, 5)
    k = rng.choice([2, 3])
    while True:
        docs = [[rng.randint(0, 4) for _ in voc] for _ in range(k)]
        tot = [sum(d[i] for d in docs) for i in range(5)]
        if sorted(tot)[-1] != sorted(tot)[-2]:
            break
    mode = rng.choice(["sum", "top"])
    vecs = "\n".join(f"{topic} {i + 1}: {_vec(d, st)}" for i, d in enumerate(docs))
    intro = f"단어집합 [{', '.join(voc)}]에 대하여 {topic} {k}개를 빈도수 벡터로 나타내면 다음과 같다.\n{vecs}\n"
    if mode == "sum":
        text = intro + f"{k}개의 글 전체를 하나의 빈도수 벡터로 요약하여 {_end(rng, '쓰')}"
        ans = _vec(tot, st)
        fmt = "computation"
    else:
        text = intro + f"{k}개의 글 전체에서 가장 많이 나온 단어와 그 횟수를 {_end(rng)}"
        j = tot.index(max(tot))
        ans = f"{voc[j]}, {tot[j]}"
        fmt = "data"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D", concepts=["벡터"],
                   check=lambda: list(sp.Matrix(docs).T * sp.ones(k, 1)) == tot)


def _docs_table(rng: random.Random, k: int = 3) -> tuple[str, list[str], list[list[int]]]:
    topic, voc0 = rng.choice(_TOPICS)
    voc = rng.sample(voc0, rng.choice([4, 5]))
    while True:
        docs = [[rng.choice([0, 0, 1, 1, 2, 3, 4]) for _ in voc] for _ in range(k)]
        df = [sum(1 for d in docs if d[i]) for i in range(len(voc))]
        if all(df) and len(set(df)) > 1 and all(sum(d) for d in docs):
            return topic, voc, docs


@family(T22, "term-frequency")
def _tf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    topic, voc, docs = _docs_table(rng)
    j = rng.randrange(3)
    i = rng.choice([t for t in range(len(voc)) if docs[j][t]])
    total = sum(docs[j])
    mode = rng.choice(["ratio", "count"])
    tbl = _count_table(voc, docs, [f"문서{n + 1}" for n in range(3)])
    if mode == "ratio":
        tf = Fr(docs[j][i], total)
        text = (f"다음은 {topic} 세 편(문서1~문서3)에 나온 단어의 빈도수를 정리한 표이다. (불용어는 제거하였다.)\n{tbl}\n"
                f"문서{j + 1}에서 단어 '{voc[i]}'의 단어빈도(TF)를 (그 단어가 나온 횟수) ÷ (문서의 전체 단어 수)로 정의할 때, "
                f"그 값을 {_end(rng)}")
        ans = f"{tf.numerator}/{tf.denominator}" if tf.denominator != 1 else "1"
        if st == "latex" and tf.denominator != 1:
            ans = f"$\\frac{{{tf.numerator}}}{{{tf.denominator}}}$"
    else:
        text = (f"{tbl}\n위 표는 {topic} 세 편에 나온 단어의 빈도수이다. 문서{j + 1}의 빈도수 벡터를 단어 순서대로 쓰고, "
                f"이 문서에서 단어빈도(TF)가 가장 큰 단어를 {_end(rng, '쓰')}")
        mx = max(docs[j])
        tops = [voc[t] for t in range(len(voc)) if docs[j][t] == mx]
        ans = f"{_vec(docs[j], st)}, {', '.join(tops)}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["벡터"],
                   check=lambda: sum(docs[j]) == total and docs[j][i] > 0)


@family(T22, "df-idf-reciprocal")
def _df_idf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 4])
    topic, voc, docs = _docs_table(rng, k)
    tbl = _count_table(voc, docs, [f"문서{n + 1}" for n in range(k)])
    df = [sum(1 for d in docs if d[t]) for t in range(len(voc))]
    i = rng.randrange(len(voc))
    mode = rng.choice(["one", "min"])
    idf_def = rng.choice(["IDF = 1/DF", "역문서빈도(IDF)는 문서빈도(DF)의 역수"])
    if st == "latex" and idf_def.startswith("IDF"):
        idf_def = "$\\mathrm{IDF}=\\frac{1}{\\mathrm{DF}}$"
    if mode == "one":
        text = (f"다음은 {topic} {k}편에 나온 단어의 빈도수이다.\n{tbl}\n문서빈도(DF)는 그 단어가 나온 문서의 수이고, {idf_def}이다. "
                f"단어 '{voc[i]}'의 DF와 IDF를 차례로 {_end(rng)}")
        ans = f"{df[i]}, 1/{df[i]}" if df[i] != 1 else "1, 1"
    else:
        lo = min(df)
        text = (f"{tbl}\n위 표는 {topic} {k}편의 단어 빈도수이다. {idf_def}로 정할 때, IDF가 가장 큰 단어를 모두 쓰고 그 IDF의 값을 {_end(rng)}")
        ws = [voc[t] for t in range(len(voc)) if df[t] == lo]
        ans = f"{', '.join(ws)}, {'1' if lo == 1 else '1/' + str(lo)}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["벡터"],
                   check=lambda: all(df[t] == len([d for d in docs if d[t] > 0]) for t in range(len(voc))))


@family(T22, "tfidf-keyword")
def _tfidf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        topic, voc, docs = _docs_table(rng, 3)
        df = [sum(1 for d in docs if d[t]) for t in range(len(voc))]
        j = rng.randrange(3)
        scores = [Fr(docs[j][t], df[t]) for t in range(len(voc))]
        best = max(scores)
        tf_best = max(docs[j])
        if scores.count(best) == 1 and docs[j].count(tf_best) == 1 and scores.index(best) != docs[j].index(tf_best):
            break
    tbl = _count_table(voc, docs, ["글1", "글2", "글3"])
    w = voc[scores.index(best)]
    mode = rng.choice(["keyword", "value"])
    idf = "$\\frac{1}{\\mathrm{DF}}$" if st == "latex" else "1/DF"
    if mode == "keyword":
        text = rng.choice([
            f"다음은 {topic} 세 편의 단어 빈도수이다.\n{tbl}\nTF-IDF = (단어빈도 TF) × (역문서빈도 IDF)이고, TF는 글에 나온 횟수, IDF = {idf}이다. "
            f"글{j + 1}의 핵심어로 TF-IDF가 가장 큰 단어를 고를 때, 그 단어와 TF-IDF의 값을 {_end(rng)}",
            f"{tbl}\n위 표는 {topic} 세 편에 나온 단어의 빈도수이다. 글{j + 1}에서 가장 많이 나온 단어는 '{voc[docs[j].index(tf_best)]}'이지만, "
            f"TF × IDF (IDF = {idf})로 중요도를 계산하면 다른 단어가 핵심어가 된다. 그 단어와 TF-IDF의 값을 {_end(rng)}",
        ])
        ans = f"{w}, {_n(best) if best.denominator in (1, 2, 4, 5) else str(best)}"
        fmt, d = "data", 4
    else:
        t = rng.randrange(len(voc))
        while not docs[j][t]:
            t = rng.randrange(len(voc))
        text = (f"{topic} 세 편의 단어 빈도수가 다음과 같다.\n{tbl}\n글{j + 1}에서 단어 '{voc[t]}'의 TF-IDF를 구하시오. "
                f"(단, TF는 글에 나온 횟수, IDF는 {idf}, TF-IDF = TF × IDF이다.)")
        v = scores[t]
        ans = _n(v) if v.denominator in (1, 2, 4, 5) else str(v)
        fmt, d = "computation", 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d), concepts=["벡터"],
                   check=lambda: max(range(len(voc)), key=lambda u: Fr(docs[j][u], df[u])) == voc.index(w))


@family(T22, "idf-log")
def _idf_log(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base = rng.choice([10, 2])
    if base == 10:
        n = rng.choice([100, 1000, 10000])
        dfs = rng.sample([1, 10, 100, 1000], 2)
        dfs = [d for d in dfs if d <= n][:2] or [1, 10]
    else:
        n = rng.choice([16, 32, 64])
        dfs = rng.sample([1, 2, 4, 8, 16], 2)
    if len(dfs) < 2:
        dfs = [1, 10]
    w1, w2 = rng.sample(["인공지능", "학생", "수학", "축제", "날씨", "데이터", "버스", "급식"], 2)
    idf = [round(pm.log(n // d, base)) for d in dfs]
    logtxt = (f"$\\log_{{{base}}}\\frac{{N}}{{\\mathrm{{DF}}}}$" if st == "latex" else
              (f"log_{base}(N/DF)" if st == "plain" else f"log{str(base).translate(_SUBS)}(N/DF)"))
    if base == 10:
        logtxt = "$\\log\\frac{N}{\\mathrm{DF}}$" if st == "latex" else "log(N/DF)"
    text = rng.choice([
        f"전체 문서 수가 N = {n}인 문서 집합에서 단어 {_qj(w1, '은/는')} {dfs[0]}개의 문서에, 단어 {_qj(w2, '은/는')} {dfs[1]}개의 문서에 나온다. "
        f"역문서빈도를 IDF = {logtxt}로 정의할 때, 두 단어의 IDF를 각각 {_end(rng)}",
        f"어느 뉴스 사이트의 기사 {n}건을 분석하였다. {_qj(w1, '이/가')} 들어 있는 기사는 {dfs[0]}건, {_qj(w2, '이/가')} 들어 있는 기사는 {dfs[1]}건이다. "
        f"IDF = {logtxt} (N은 전체 기사 수, DF는 그 단어가 들어 있는 기사 수)일 때, 두 단어의 IDF를 차례로 구하고 "
        f"더 특별한 정보를 주는 단어를 {_end(rng, '쓰')}",
    ])
    rare = w1 if idf[0] > idf[1] else w2
    ans = f"{idf[0]}, {idf[1]}" + (f", {rare}" if "특별한" in text else "")
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B", concepts=["벡터"],
                   also=["12대수01-05"] if base == 10 else ["12대수01-04"],
                   check=lambda: all(sp.log(sp.Integer(n) / d, base) == v for d, v in zip(dfs, idf, strict=True)))


@family(T22, "keyword-choice")
def _keyword(rng: random.Random) -> Problem:
    topic, voc0 = rng.choice(_TOPICS)
    voc = rng.sample(voc0, 5)
    stops = rng.sample(["은", "는", "이", "가", "을", "를", "의", "에"], 3)
    cnt_c = rng.sample(range(1, 9), 5)
    cnt_s = [rng.randint(9, 15) for _ in stops]
    items = list(zip(voc, cnt_c, strict=True)) + list(zip(stops, cnt_s, strict=True))
    rng.shuffle(items)
    tbl = "단어 | 빈도수\n" + "\n".join(f"{w} | {c}" for w, c in items)
    top2 = sorted(zip(voc, cnt_c, strict=True), key=lambda x: -x[1])[:2]
    corr = f"{top2[0][0]}, {top2[1][0]}"
    allw = sorted(items, key=lambda x: -x[1])
    d1 = f"{allw[0][0]}, {allw[1][0]}"
    low = sorted(zip(voc, cnt_c, strict=True), key=lambda x: x[1])
    dis = [d1, f"{low[0][0]}, {low[1][0]}", f"{top2[0][0]}, {stops[0]}", f"{top2[1][0]}, {low[0][0]}",
           f"{top2[0][0]}, {low[1][0]}", f"{stops[1]}, {stops[2]}"]
    ch = choices(rng, corr, dis)
    text = (f"다음은 어느 {topic}에 나온 단어와 그 빈도수이다.\n{tbl}\n불용어({', '.join(stops)})를 제거한 뒤 빈도수가 가장 큰 두 단어를 "
            f"이 글의 핵심어로 정할 때, 핵심어로 알맞은 것은?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["벡터"], check=lambda: all(c < 9 for c in cnt_c))


@family(T22, "normalized-frequency-compare")
def _norm_freq(rng: random.Random) -> Problem:
    w = rng.choice(["인공지능", "환경", "축제", "진로", "독서"])
    la, lb = rng.choice([(200, 50), (400, 100), (400, 80), (500, 125), (250, 50), (160, 40)])
    ca, cb = rng.randint(4, 12), rng.randint(2, 6)
    ra, rb = Fr(ca, la), Fr(cb, lb)
    if ra == rb:
        cb += 1
        rb = Fr(cb, lb)
    who1, who2 = names(rng, 2)
    text = rng.choice([
        f"{josa(who1, '과/와')} {who2}의 글을 비교하려고 한다. {who1}의 글은 전체 {la}단어 중 {_qj(w, '이/가')} {ca}번, "
        f"{who2}의 글은 전체 {lb}단어 중 {_qj(w, '이/가')} {cb}번 나온다. 글의 길이를 고려하여 (나온 횟수) ÷ (전체 단어 수)로 비교할 때, "
        f"'{w}'의 비중이 더 큰 사람의 글을 쓰고 두 값을 각각 소수로 {_end(rng)}",
        f"단어의 빈도수만으로는 길이가 다른 글을 공정하게 비교하기 어렵다. 전체 {la}단어인 글 A에 {_qj(w, '이/가')} {ca}번, 전체 {lb}단어인 글 B에 "
        f"{_qj(w, '이/가')} {cb}번 나올 때, 전체 단어 수로 나눈 값을 각각 구하고 {_qj(w, '이/가')} 더 중요하게 다루어진 글을 {_end(rng, '쓰')}",
    ])
    big = (who1 if "사람" in text else "A") if ra > rb else (who2 if "사람" in text else "B")
    ans = f"{big}, {_n(ra)}, {_n(rb)}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["벡터"],
                   check=lambda: (sp.Rational(ca, la) > sp.Rational(cb, lb)) == (big in (who1, "A")))


# =================================================================================================
# 12인수02-03 텍스트 유사도(유클리드·코사인·자카드)와 감성 분석
# =================================================================================================
def _cos_formula(st: str, k: int) -> str:
    if st == "latex":
        num = "+".join(f"a_{{{i}}}b_{{{i}}}" for i in range(1, k + 1))
        da = "+".join(f"a_{{{i}}}^{{2}}" for i in range(1, k + 1))
        db = "+".join(f"b_{{{i}}}^{{2}}" for i in range(1, k + 1))
        return f"$\\frac{{{num}}}{{\\sqrt{{{da}}}\\sqrt{{{db}}}}}$"
    sq = "²" if st == "unicode" else "^2"
    num = " + ".join(f"{_sub('a', i, st)}{_sub('b', i, st)}" for i in range(1, k + 1))
    da = " + ".join(f"{_sub('a', i, st)}{sq}" for i in range(1, k + 1))
    db = " + ".join(f"{_sub('b', i, st)}{sq}" for i in range(1, k + 1))
    rt = "√" if st == "unicode" else "sqrt"
    return f"({num}) / ({rt}({da}) × {rt}({db}))"


def _cos(a: list[int], b: list[int]) -> sp.Expr:
    num = sum(x * y for x, y in zip(a, b, strict=True))
    return sp.Integer(num) / (sp.sqrt(sum(x * x for x in a)) * sp.sqrt(sum(y * y for y in b)))


def _vabc(k: int, st: str) -> tuple[str, str]:
    a = "(" + ", ".join(_sub("a", i, "latex" if st == "latex" else st).strip("$") for i in range(1, k + 1)) + ")"
    b = "(" + ", ".join(_sub("b", i, "latex" if st == "latex" else st).strip("$") for i in range(1, k + 1)) + ")"
    return _w(a, st), _w(b, st)


@family(T23, "euclidean-distance")
def _euclid(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 4, 4, 5])
    a = [rng.randint(0, 5) for _ in range(k)]
    b = [rng.randint(0, 5) for _ in range(k)]
    while a == b:
        b = [rng.randint(0, 5) for _ in range(k)]
    d2 = sum((x - y) ** 2 for x, y in zip(a, b, strict=True))
    dist = sp.sqrt(d2)
    voc = rng.sample(_TOPICS, 1)[0][1][:k] if k <= 6 else []
    ctx = rng.choice(["두 문서", "두 영화 리뷰", "두 학생의 자기소개서", "두 뉴스 기사"])
    text = rng.choice([
        f"단어집합 [{', '.join(voc)}]에 대한 {ctx} A, B의 빈도수 벡터가 각각 A = {_vec(a, st)}, B = {_vec(b, st)}이다. "
        f"두 벡터 사이의 유클리드 거리를 {_end(rng)}",
        f"{ctx}를 빈도수 벡터로 나타내었더니 {_vec(a, st)}, {_vec(b, st)}가 되었다. 두 글의 유사도를 유클리드 거리로 재려고 할 때, "
        f"그 거리는 얼마인가? (단, 거리가 작을수록 두 글이 비슷하다.)",
    ])
    return Problem(text=text, answer=nmath(dist, st), format="computation", difficulty=2, achievement_level="D",
                   concepts=["유사도", "벡터"],
                   check=lambda: sp.Matrix(a).T.dot(sp.Matrix(a)) - 2 * sp.Matrix(a).dot(sp.Matrix(b))
                   + sp.Matrix(b).dot(sp.Matrix(b)) == dist ** 2)


@family(T23, "cosine-similarity")
def _cosine(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 3, 3, 4])
    while True:
        a = [rng.randint(0, 4) for _ in range(k)]
        b = [rng.randint(0, 4) for _ in range(k)]
        if not (any(a) and any(b)) or a == b:
            continue
        n2 = sum(x * x for x in a) * sum(y * y for y in b)
        core = sp.sqrt(n2) / sp.sqrt(sp.Integer(n2)).as_coeff_Mul()[0]  # the square-free part under the root
        if core ** 2 <= 30:
            break
    c = sp.radsimp(_cos(a, b))
    va, vb = _vabc(k, st)
    ctx = rng.choice(["두 문장", "두 상품 후기", "두 기사", "두 노래 가사"])
    text = rng.choice([
        f"두 벡터 {va}, {vb}의 코사인 유사도는 {_cos_formula(st, k)}이다. {ctx}의 빈도수 벡터가 각각 {_vec(a, st)}, {_vec(b, st)}일 때, "
        f"코사인 유사도를 {_end(rng)}",
        f"{ctx}을 빈도수 벡터로 나타내면 {_vec(a, st)}, {_vec(b, st)}이다. 코사인 유사도\n{_cos_formula(st, k)}\n"
        f"(단, 앞의 벡터가 {va}, 뒤의 벡터가 {vb})의 값을 {_end(rng)}".replace("두 문장을", "두 문장을"),
    ])
    text = text.replace(f"{ctx}을", josa(ctx, "을/를"))
    return Problem(text=text, answer=nmath(c, st), format="computation", difficulty=3, achievement_level="C",
                   concepts=["유사도", "벡터"],
                   check=lambda: sp.simplify(c - sp.Matrix(a).dot(sp.Matrix(b)) / (sp.Matrix(a).norm() * sp.Matrix(b).norm())) == 0)


@family(T23, "jaccard-similarity")
def _jaccard(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        s1, s2 = rng.sample(_SENTS, 2)
        a, b = _uniq(_content(s1)), _uniq(_content(s2))
        if set(a) & set(b):
            break
    inter = [w for w in a if w in b]
    union = _uniq(a + b)
    jac = Fr(len(inter), len(union))
    mode = rng.choice(["sets", "counts"])
    jdef = (_w("\\frac{n(A \\cap B)}{n(A \\cup B)}", st) if st == "latex" else "n(A∩B) / n(A∪B)")
    if mode == "sets":
        text = rng.choice([
            f"두 문장의 단어집합이 A = {_set_txt(a)}, B = {_set_txt(b)}일 때, 자카드 유사도 {jdef}를 {_end(rng)}",
            f"자카드 유사도는 두 단어집합의 교집합의 원소의 개수를 합집합의 원소의 개수로 나눈 값이다. "
            f"A = {_set_txt(a)}, B = {_set_txt(b)}의 자카드 유사도는 얼마인가?",
        ])
        d = 2
    else:
        na, nb, ni = rng.randint(5, 15), rng.randint(5, 15), 0
        ni = rng.randint(1, min(na, nb) - 1)
        jac = Fr(ni, na + nb - ni)
        text = (f"두 게시글의 단어집합 A, B에 대하여 {_w(f'n(A)={na}', st)}, {_w(f'n(B)={nb}', st)}이고, 공통으로 쓰인 단어가 {ni}개이다. "
                f"두 게시글의 자카드 유사도 {jdef}를 {_end(rng)}")
        inter, union = list(range(ni)), list(range(na + nb - ni))
        d = 3
    ans = f"{jac.numerator}/{jac.denominator}" if jac.denominator != 1 else "1"
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유사도", "집합", "단어집합"], check=lambda: Fr(len(inter), len(union)) == jac)


@family(T23, "most-similar-document")
def _most_similar(rng: random.Random) -> Problem:
    st = pick_style(rng)
    measure = rng.choice(["euclid", "cos", "jaccard"])
    k = 3
    while True:
        q = [rng.randint(0, 4) for _ in range(k)]
        docs = [[rng.randint(0, 4) for _ in range(k)] for _ in range(3)]
        if not any(q) or any(not any(d) for d in docs):
            continue
        if measure == "euclid":
            sc = [-sum((x - y) ** 2 for x, y in zip(q, d, strict=True)) for d in docs]
        elif measure == "cos":
            sc = [float(_cos(q, d)) for d in docs]
        else:
            qs = {i for i in range(k) if q[i]}
            sc = [Fr(len(qs & {i for i in range(k) if d[i]}), len(qs | {i for i in range(k) if d[i]})) for d in docs]
        if sorted(sc)[-1] - sorted(sc)[-2] > 1e-9:
            break
    best = sc.index(max(sc))
    labels = ["가", "나", "다"]
    vecs = "\n".join(f"문서 ({labels[i]}): {_vec(d, st)}" for i, d in enumerate(docs))
    how = {"euclid": "유클리드 거리가 가장 작은", "cos": "코사인 유사도가 가장 큰",
           "jaccard": "자카드 유사도(빈도수가 1 이상인 단어들의 집합으로 계산)가 가장 큰"}[measure]
    text = rng.choice([
        f"검색어를 빈도수 벡터로 나타내면 {_vec(q, st)}이다. 다음 세 문서 중 {how} 문서를 찾아 기호를 {_end(rng, '쓰')}\n{vecs}",
        f"추천 인공지능이 사용자가 읽은 글 {_vec(q, st)}와 가장 비슷한 글을 추천하려고 한다. 후보 글의 빈도수 벡터가 다음과 같을 때, "
        f"{how} 글을 고르시오.\n{vecs}".replace("문서 (", "글 ("),
    ])
    if measure == "cos":
        text += "\n(단, 코사인 유사도는 " + _cos_formula(st, k) + "이다.)"
    return Problem(text=text, answer=f"({labels[best]})", format="data", difficulty=4, achievement_level="B",
                   concepts=["유사도", "벡터"], check=lambda: sc[best] == max(sc) and sc.count(max(sc)) == 1)


_POS = {"좋다": 2, "재미있다": 2, "최고": 3, "감동": 2, "추천": 1, "만족": 1, "친절하다": 1}
_NEG = {"지루하다": -2, "별로": -1, "최악": -3, "실망": -2, "비싸다": -1, "불친절하다": -2, "느리다": -1}


@family(T23, "sentiment-score")
def _senti(rng: random.Random) -> Problem:
    lex = {**_POS, **_NEG}
    shown = rng.sample(list(_POS), 4) + rng.sample(list(_NEG), 4)
    rng.shuffle(shown)
    words = rng.choices(shown, k=rng.randint(3, 6))
    neutral = rng.sample(["영화", "배우", "가게", "음식", "배송", "직원", "가격", "내용"], 2)
    toks = words + neutral
    rng.shuffle(toks)
    score = sum(lex[w] for w in words)
    while score == 0:
        words.append(rng.choice(shown))
        toks.append(words[-1])
        score = sum(lex[w] for w in words)
    tbl = ", ".join(f"{w}({lex[w]:+d})".replace("+-", "-") for w in shown)
    ctx = rng.choice(["영화 리뷰", "음식점 후기", "온라인 쇼핑몰 상품평", "방과후 수업 설문 응답"])
    res = "긍정" if score > 0 else "부정"
    text = rng.choice([
        f"감성 사전에 단어별 감성 점수가 다음과 같이 정해져 있다. (사전에 없는 단어는 0점)\n{tbl}\n어느 {ctx}에서 불용어를 제거한 단어가 "
        f"[{', '.join(toks)}]일 때, 감성 점수의 합을 구하고 합이 양수이면 '긍정', 음수이면 '부정'으로 분류하시오.",
        f"{ctx}의 감성을 분석하는 인공지능은 단어의 감성 점수를 모두 더한다. 감성 점수: {tbl} (그 밖의 단어는 0점)\n"
        f"단어 목록 [{', '.join(toks)}]으로 이루어진 {ctx}의 감성 점수의 합과 분류 결과(긍정/부정)를 {_end(rng)}",
    ])
    return Problem(text=text, answer=f"{score}, {res}", format="word", difficulty=2, achievement_level="D",
                   concepts=[], check=lambda: sum(lex.get(t, 0) for t in toks) == score)


@family(T23, "sentiment-table-count")
def _senti_tbl(rng: random.Random) -> Problem:
    lex = {**_POS, **_NEG}
    n = rng.randint(4, 6)
    reviews = []
    for _ in range(n):
        ws = rng.sample(list(lex), rng.randint(2, 3))
        while sum(lex[w] for w in ws) == 0:
            ws = rng.sample(list(lex), rng.randint(2, 3))
        reviews.append(ws)
    scores = [sum(lex[w] for w in r) for r in reviews]
    pos = sum(1 for s_ in scores if s_ > 0)
    used = _uniq([w for r in reviews for w in r])
    tbl = "리뷰 | 감성 단어\n" + "\n".join(f"{i + 1} | {', '.join(r)}" for i, r in enumerate(reviews))
    lexs = ", ".join(f"{w} {lex[w]:+d}" for w in used)
    shop = rng.choice(["학교 앞 분식집", "새로 나온 게임", "수학여행 숙소", "동네 도서관"])
    mode = rng.choice(["count", "ratio"])
    if mode == "count":
        q = f"감성 점수의 합이 양수인 리뷰를 긍정 리뷰라 할 때, 긍정 리뷰는 몇 개인지 {_end(rng)}"
        ans = str(pos)
    else:
        q = f"감성 점수의 합이 양수이면 긍정 리뷰라 할 때, 전체 리뷰 중 긍정 리뷰의 비율을 백분율로 {_end(rng)}"
        r = Fr(pos * 100, n)
        ans = f"{_n(r) if r.denominator in (1, 2, 4, 5) else str(round(float(r), 1))}%"
        if r.denominator not in (1, 2, 4, 5):
            q = q.replace("백분율로", "백분율로(소수 첫째 자리까지)")
    text = f"다음은 '{shop}'에 대한 리뷰에서 감성 단어만 뽑은 것이다.\n{tbl}\n감성 점수: {lexs}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=[],
                   check=lambda: len([r for r in reviews if sum(lex[w] for w in r) > 0]) == pos)


@family(T23, "cosine-vs-euclid")
def _cos_vs_euc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = 3
    a = [rng.randint(1, 3) for _ in range(k)]
    m = rng.choice([2, 3])
    b = [m * x for x in a]
    c = a[:]
    i = rng.randrange(k)
    c[i] += rng.choice([1, 2])
    j = (i + 1) % k
    c[j] = max(0, c[j] - 1)
    dab, dac = sp.sqrt(sum((x - y) ** 2 for x, y in zip(a, b, strict=True))), sp.sqrt(sum((x - y) ** 2 for x, y in zip(a, c, strict=True)))
    cab, cac = _cos(a, b), sp.radsimp(_cos(a, c))
    text = rng.choice([
        f"세 글의 빈도수 벡터가 A = {_vec(a, st)}, B = {_vec(b, st)}, C = {_vec(c, st)}이다. 글 B는 글 A와 같은 내용을 {m}번 반복하여 "
        f"쓴 글이다. A와 B, A와 C 사이의 유클리드 거리와 코사인 유사도를 각각 구하고, 글의 길이가 다를 때 어느 방법이 내용의 유사성을 더 잘 "
        f"나타내는지 설명하시오. (단, 코사인 유사도는 {_cos_formula(st, k)})",
        f"A = {_vec(a, st)}, B = {_vec(b, st)}, C = {josa(_vec(c, st), '은/는')} 세 문서의 빈도수 벡터이다. 유클리드 거리로 보면 A와 더 가까운 문서는 "
        f"무엇이고, 코사인 유사도로 보면 A와 더 비슷한 문서는 무엇인지 구하여 비교하시오. (단, 코사인 유사도는 {_cos_formula(st, k)})",
    ])
    near = "B" if dab < dac else "C"
    ans = (f"거리: AB = {nmath(dab, st)}, AC = {nmath(dac, st)} / 코사인 유사도: AB = 1, AC = {nmath(cac, st)}; "
           f"유클리드 거리로는 {near}, 코사인 유사도로는 B가 더 비슷하다. 코사인 유사도는 벡터의 방향만 비교하므로 길이가 다른 글의 내용 비교에 알맞다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["유사도", "벡터"],
                   check=lambda: cab == 1 and cac < 1)


@family(T23, "similarity-concept-choice")
def _sim_choice(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = [rng.randint(1, 4) for _ in range(3)]
    m = rng.choice([2, 3, 4])
    cases = {
        "same-dir": ([m * x for x in a], "1"),
    }
    b, _ = cases["same-dir"]
    disjoint_a, disjoint_b = [a[0], 0, a[2]], [0, a[1], 0]
    stmts = [
        (f"두 벡터 {josa(_vec(a, st), '과/와')} {_vec(b, st)}의 코사인 유사도는 1이다.", True),
        (f"두 벡터 {josa(_vec(disjoint_a, st), '과/와')} {_vec(disjoint_b, st)}의 코사인 유사도는 0이다.", True),
        ("유클리드 거리가 작을수록 두 문서는 비슷하다고 판단한다.", True),
        ("자카드 유사도는 0 이상 1 이하의 값을 가진다.", True),
        ("두 단어집합이 같으면 자카드 유사도는 1이다.", True),
        (f"두 벡터 {josa(_vec(a, st), '과/와')} {_vec(b, st)}의 유클리드 거리는 0이다.", False),
        ("코사인 유사도가 클수록 두 문서는 서로 다르다고 판단한다.", False),
        ("자카드 유사도는 단어가 나온 횟수가 다르면 단어집합이 같아도 달라진다.", False),
        ("공통인 단어가 하나도 없는 두 문서의 자카드 유사도는 1이다.", False),
    ]
    want = rng.choice([True, False])
    corr = rng.choice([x for x, t in stmts if t == want])
    ch = choices(rng, corr, [x for x, t in stmts if t != want])
    text = f"문서 사이의 유사도에 대한 설명으로 {'옳은' if want else '옳지 않은'} 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["유사도", "벡터"], check=lambda: dict(stmts)[ch.options[ch.correct]] == want
                   and _cos(a, b) == 1 and _cos(disjoint_a, disjoint_b) == 0)


# =================================================================================================
# 12인수03-01 이미지 데이터를 행렬로 표현 (픽셀, 흑백·회색조·RGB, 성분, 전치행렬)
# =================================================================================================
_SHAPES = {
    "T": [[1, 1, 1], [0, 1, 0], [0, 1, 0]],
    "ㄱ": [[1, 1, 1], [0, 0, 1], [0, 0, 1]], "ㄴ": [[1, 0, 0], [1, 0, 0], [1, 1, 1]],
    "ㅁ": [[1, 1, 1], [1, 0, 1], [1, 1, 1]], "X": [[1, 0, 1], [0, 1, 0], [1, 0, 1]],
    "+": [[0, 1, 0], [1, 1, 1], [0, 1, 0]], "ㅡ": [[0, 0, 0], [1, 1, 1], [0, 0, 0]],
    "H": [[1, 0, 1], [1, 1, 1], [1, 0, 1]], "ㅗ": [[0, 1, 0], [0, 1, 0], [1, 1, 1]],
    "ㅓ": [[0, 0, 1], [1, 1, 1], [0, 0, 1]], "ㅏ": [[1, 0, 0], [1, 1, 1], [1, 0, 0]],
}


def _grid(m: list[list[int]], on: str = "■", off: str = "□") -> str:
    return "\n".join("".join(on if v else off for v in r) for r in m)


def _rand_bin(rng: random.Random, r: int, c: int) -> list[list[int]]:
    while True:
        m = [[rng.randint(0, 1) for _ in range(c)] for _ in range(r)]
        if 0 < sum(map(sum, m)) < r * c:
            return m


def _mat_ans(m: list[list], st: str) -> str:
    return _mat(m, st) if st == "latex" else " / ".join("(" + " ".join(_n(x) for x in r) + ")" for r in m)


@family(I31, "binary-image-to-matrix")
def _img2mat(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.5:
        m = [row[:] for row in rng.choice(list(_SHAPES.values()))]
    else:
        m = _rand_bin(rng, rng.choice([3, 4]), rng.choice([3, 4]))
    inv = rng.random() < 0.3
    mm = [[1 - v for v in r] for r in m] if inv else m
    rule = "검은색 칸은 0, 흰색 칸은 1" if inv else "검은색 칸은 1, 흰색 칸은 0"
    text = rng.choice([
        f"다음은 {len(m)}×{len(m[0])} 픽셀로 이루어진 흑백 이미지이다. (■: 검은색, □: 흰색)\n{_grid(m)}\n{josa(rule, '으로/로')} 하여 이 이미지를 행렬로 {_end(rng, '쓰')}",
        f"{josa(rule, '으로/로')} 나타내도록 약속할 때, 다음 흑백 이미지를 나타내는 행렬을 {_end(rng)} (■: 검은색 픽셀, □: 흰색 픽셀)\n{_grid(m)}",
    ])
    d = 1
    return Problem(text=text, answer=_mat_ans(mm, st), format="fill", difficulty=d, achievement_level="E",
                   concepts=["행렬"], check=lambda: sum(map(sum, mm)) == (len(m) * len(m[0]) - sum(map(sum, m)) if inv else sum(map(sum, m))))


@family(I31, "matrix-to-image-shape")
def _mat2img(rng: random.Random) -> Problem:
    st = pick_style(rng)
    key = rng.choice(list(_SHAPES))
    m = _SHAPES[key]
    others = [k for k in _SHAPES if k != key]
    mode = rng.choice(["mcq", "count"])
    if mode == "mcq":
        opts = rng.sample(others, 4)
        ch = choices(rng, _grid(m).replace("\n", " "), [_grid(_SHAPES[o]).replace("\n", " ") for o in opts])
        text = (f"1은 검은색(■), 0은 흰색(□) 픽셀을 나타낼 때, 행렬 {_mat(m, st) if st == 'latex' else chr(10) + _mat(m, st) + chr(10)}이 "
                f"나타내는 이미지는? (각 보기는 위의 행부터 차례로 한 줄에 나타내었다.)\n{ch.block}")
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                       concepts=["행렬"], check=lambda: ch.options[ch.correct] == _grid(m).replace("\n", " "))
    big = _rand_bin(rng, rng.choice([4, 5]), rng.choice([4, 5, 6]))
    cnt = sum(map(sum, big))
    text = rng.choice([
        f"흑백 이미지를 나타내는 행렬이 다음과 같다. 1은 검은색, 0은 흰색 픽셀일 때, 검은색 픽셀은 몇 개인지 {_end(rng)}\n{_mat(big, st)}",
        f"다음 행렬로 표현된 이미지에서 흰색 픽셀(0)과 검은색 픽셀(1)의 개수를 차례로 {_end(rng)}\n{_mat(big, st)}",
    ])
    ans = f"{len(big) * len(big[0]) - cnt}, {cnt}" if "차례로" in text else str(cnt)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E", concepts=["행렬"],
                   check=lambda: sum(sp.Matrix(big)) == cnt)


@family(I31, "pixel-entry-position")
def _entry(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = rng.choice([(3, 3), (3, 4), (4, 4), (4, 5)])
    vals = rng.sample(range(0, 256, 5), r * c)
    m = [vals[i * c:(i + 1) * c] for i in range(r)]
    mode = rng.choice(["entry", "brightest", "darkest"])
    aij = lambda i, j: _w(f"a_{{{i}{j}}}", st) if st == "latex" else (f"a{str(i).translate(_SUBS)}{str(j).translate(_SUBS)}" if st == "unicode" else f"a{i}{j}")  # noqa: E731
    intro = rng.choice([f"다음은 {r}×{c} 크기의 회색조 이미지를 나타낸 행렬 A이다. 각 성분은 0(검은색)부터 255(흰색)까지의 밝기 값이다.",
                        "회색조 사진의 한 부분을 행렬 A로 나타내었다. (0은 가장 어두운 색, 255는 가장 밝은 색)"])
    if mode == "entry":
        i, j = rng.randint(1, r), rng.randint(1, c)
        i2, j2 = rng.choice([(a, b) for a in range(1, r + 1) for b in range(1, c + 1) if (a, b) != (i, j)])
        text = f"{intro}\n{_mat(m, st)}\n행렬 A의 ({i}, {j}) 성분을 {aij(i, j)}라 할 때, {aij(i, j)} + {aij(i2, j2)}의 값을 {_end(rng)}"
        ans = str(m[i - 1][j - 1] + m[i2 - 1][j2 - 1])
        def chk() -> bool:
            return sp.Matrix(m)[i - 1, j - 1] + sp.Matrix(m)[i2 - 1, j2 - 1] == int(ans)
        d = 1
    else:
        f = max if mode == "brightest" else min
        v = f(vals)
        k = vals.index(v)
        i, j = k // c + 1, k % c + 1
        word = "가장 밝은" if mode == "brightest" else "가장 어두운"
        text = f"{intro}\n{_mat(m, st)}\n{word} 픽셀은 몇 행 몇 열에 있는지 {_end(rng)}"
        ans = f"{i}행 {j}열"
        def chk() -> bool:
            return sp.Matrix(m)[i - 1, j - 1] == v
        d = 1
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="E", concepts=["행렬"],
                   check=chk)


@family(I31, "image-storage-size")
def _img_size(rng: random.Random) -> Problem:
    w, h = rng.choice([(640, 480), (800, 600), (1024, 768), (100, 100), (28, 28), (32, 32), (1920, 1080)])
    kind = rng.choice(["gray", "rgb", "bw"])
    bits = {"gray": 8, "rgb": 24, "bw": 1}[kind]
    total_bits = w * h * bits
    desc = {"gray": "각 픽셀의 밝기를 0~255의 값(8비트 = 1바이트)으로 저장하는 회색조", "rgb": "각 픽셀을 R, G, B 세 값(각 1바이트)으로 저장하는 컬러",
            "bw": "각 픽셀을 0 또는 1(1비트)로 저장하는 흑백"}[kind]
    mode = rng.choice(["entries", "bytes"])
    if mode == "entries":
        nmat = 3 if kind == "rgb" else 1
        text = (f"가로 {w}픽셀, 세로 {h}픽셀인 {desc.split('저장하는 ')[1]} 이미지를 행렬로 나타내려고 한다. 필요한 행렬의 개수와 행렬 하나의 "
                f"행과 열의 개수, 전체 성분의 개수를 {_end(rng)}")
        ans = f"행렬 {nmat}개, {h}행 {w}열, 성분 {w * h * nmat:,}개"
        d = 2
        def chk() -> bool:
            return w * h * nmat == w * h * (bits // 8 if bits >= 8 else 1)
    else:
        bytes_ = total_bits // 8
        text = (f"{desc} 이미지의 크기가 가로 {w}픽셀, 세로 {h}픽셀이다. 압축하지 않고 저장할 때 필요한 용량은 몇 바이트인지 {_end(rng)} "
                f"(단, 1바이트는 8비트이다.)")
        ans = f"{bytes_:,}바이트"
        d = 3
        def chk() -> bool:
            return sp.Rational(w * h * bits, 8) == bytes_
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d), concepts=["행렬"],
                   also=[A13] if mode == "bytes" else [], check=chk)


_COLORS = {"빨간색": (255, 0, 0), "초록색": (0, 255, 0), "파란색": (0, 0, 255), "흰색": (255, 255, 255),
           "검은색": (0, 0, 0), "노란색": (255, 255, 0), "청록색": (0, 255, 255), "자홍색": (255, 0, 255)}


@family(I31, "rgb-channel-matrix")
def _rgb(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = rng.choice([(2, 2), (2, 3), (3, 3)])
    cols = [[rng.choice(list(_COLORS)) for _ in range(c)] for _ in range(r)]
    ch_i = rng.randrange(3)
    chname = "RGB"[ch_i]
    m = [[_COLORS[x][ch_i] for x in row] for row in cols]
    grid = "\n".join(" | ".join(row) for row in cols)
    ref = ", ".join(f"{k}({v[0]}, {v[1]}, {v[2]})" for k, v in _COLORS.items() if any(k in row for row in cols))
    text = rng.choice([
        f"다음은 {r}×{c} 픽셀 컬러 이미지의 각 픽셀 색이다.\n{grid}\n각 색의 (R, G, B) 값이 {ref}일 때, 이 이미지의 {chname} 성분만 모아 "
        f"나타낸 행렬을 {_end(rng)}",
        f"컬러 이미지는 R, G, B 세 개의 행렬로 나타낼 수 있다. 픽셀 색이 다음과 같은 이미지에서 {chname} 행렬을 {_end(rng, '쓰')}\n{grid}\n(참고: {ref})",
    ])
    return Problem(text=text, answer=_mat_ans(m, st), format="fill", difficulty=2, achievement_level="D", concepts=["행렬"],
                   check=lambda: all(m[i][j] == _COLORS[cols[i][j]][ch_i] for i in range(r) for j in range(c)))


@family(I31, "transpose-image")
def _transpose(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.choice(["write", "shape", "entry"])
    if mode == "write":
        r, c = rng.choice([(2, 3), (3, 2), (3, 4), (2, 4)])
        m = [[rng.choice([0, 50, 100, 150, 200, 255]) for _ in range(c)] for _ in range(r)]
        t = [list(x) for x in zip(*m, strict=True)]
        At = _w("A^{T}", st) if st == "latex" else ("Aᵀ" if st == "unicode" else "A^T")
        text = f"이미지를 나타내는 행렬 A = {_mat(m, st) if st == 'latex' else chr(10) + _mat(m, st) + chr(10)}의 전치행렬 {josa(At, '을/를')} {_end(rng)}"
        return Problem(text=text, answer=_mat_ans(t, st), format="computation", difficulty=2, achievement_level="D",
                       concepts=["전치행렬", "행렬"], check=lambda: sp.Matrix(t) == sp.Matrix(m).T)
    if mode == "shape":
        r, c = rng.choice([(480, 640), (600, 800), (28, 56), (1080, 1920), (100, 300)])
        text = rng.choice([f"세로 {r}픽셀, 가로 {c}픽셀인 회색조 이미지를 행렬 A로 나타내었다. 전치행렬이 나타내는 이미지는 세로와 가로가 각각 몇 픽셀인지 {_end(rng)}",
                           f"{r}×{c} 행렬로 표현된 이미지의 전치행렬은 몇 행 몇 열의 행렬인가?"])
        ans = f"세로 {c}픽셀, 가로 {r}픽셀" if "세로와" in text else f"{c}행 {r}열"
        return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="E", concepts=["전치행렬", "행렬"],
                       check=lambda: sp.zeros(r, c).T.shape == (c, r))
    key = rng.choice([k for k, v in _SHAPES.items() if [list(x) for x in zip(*v, strict=True)] != v])
    m = _SHAPES[key]
    t = [list(x) for x in zip(*m, strict=True)]
    text = (f"1은 검은색(■), 0은 흰색(□)으로 나타낸 흑백 이미지의 행렬이 A일 때, 이미지는 다음과 같다.\n{_grid(m)}\n"
            f"A의 전치행렬이 나타내는 이미지를 ■, □로 {_end(rng, '쓰')}")
    return Problem(text=text, answer=_grid(t).replace("\n", " / "), format="fill", difficulty=2, achievement_level="D",
                   concepts=["전치행렬", "행렬"], check=lambda: sp.Matrix(t) == sp.Matrix(m).T)


@family(I31, "rgb-to-gray")
def _gray(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([2, 3, 4])
    pix = []
    for _ in range(n):
        while True:
            p = [rng.choice(range(0, 256, 3)) for _ in range(3)]
            if sum(p) % 3 == 0:
                break
        pix.append(p)
    grays = [sum(p) // 3 for p in pix]
    rows = "\n".join(f"픽셀 {i + 1}: (R, G, B) = ({p[0]}, {p[1]}, {p[2]})" for i, p in enumerate(pix))
    text = rng.choice([
        f"컬러 이미지를 회색조로 바꿀 때, 각 픽셀의 밝기를 R, G, B 값의 평균으로 정하려고 한다.\n{rows}\n각 픽셀의 회색조 밝기를 차례로 {_end(rng)}",
        f"다음 {n}개 픽셀의 (R, G, B) 값을 세 값의 평균을 이용하여 회색조 값으로 바꾸고, 이를 1×{n} 행렬로 나타내시오.\n{rows}",
    ])
    ans = _mat_ans([grays], st) if "행렬로" in text else ", ".join(map(str, grays))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=["행렬"],
                   check=lambda: all(sp.Rational(sum(p), 3) == g for p, g in zip(pix, grays, strict=True)))


@family(I31, "matrix-by-rule")
def _rule_mat(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([3, 4, 5])
    kind = rng.choice(["diag", "sum", "prod", "cmp"])
    aij = _w("a_{ij}", st) if st == "latex" else ("aᵢⱼ" if st == "unicode" else "a_ij")
    if kind == "diag":
        f = lambda i, j: 1 if i == j or i + j == n + 1 else 0  # noqa: E731
        rule = f"i = j 또는 i + j = {n + 1}이면 1, 그 외에는 0"
    elif kind == "sum":
        k = rng.choice([10, 20, 30])
        f = lambda i, j: k * (i + j)  # noqa: E731
        rule = f"{k}(i + j)"
    elif kind == "prod":
        k = rng.choice([5, 10, 15])
        f = lambda i, j: k * i * j  # noqa: E731
        rule = f"{k}ij"
    else:
        f = lambda i, j: 1 if i >= j else 0  # noqa: E731
        rule = "i ≥ j이면 1, i < j이면 0" if st != "plain" else "i >= j이면 1, i < j이면 0"
    m = [[f(i, j) for j in range(1, n + 1)] for i in range(1, n + 1)]
    binary = kind in ("diag", "cmp")
    if binary:
        cnt = sum(map(sum, m))
        text = (f"{n}×{n} 픽셀 흑백 이미지를 나타내는 행렬 A의 (i, j) 성분 {josa(aij, '이/가')} {rule}이다. 1이 검은색 픽셀일 때, "
                f"검은색 픽셀의 개수를 구하고 행렬 A를 {_end(rng, '쓰')}")
        ans = f"{cnt}, {_mat_ans(m, st)}"
        def chk() -> bool:
            return sum(sp.Matrix(n, n, lambda i, j: f(i + 1, j + 1))) == cnt
    else:
        tot = sum(map(sum, m))
        mx = max(map(max, m))
        text = (f"회색조 이미지를 나타내는 {n}×{n} 행렬 A의 (i, j) 성분이 {aij} = {rule}일 때, 행렬 A를 구하고 가장 밝은 픽셀의 밝기를 {_end(rng)}")
        ans = f"{_mat_ans(m, st)}, {mx}"
        def chk() -> bool:
            return max(sp.Matrix(n, n, lambda i, j: f(i + 1, j + 1))) == mx and sum(map(sum, m)) == tot
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C", concepts=["행렬"],
                   check=chk)


# =================================================================================================
# 12인수03-02 행렬의 연산으로 이미지 변환 (밝기, 대비, 반전, 합성, 이진화, 뒤집기, 풀링, 필터)
# =================================================================================================
def _clip(v: Fr | int) -> int:
    return int(max(0, min(255, v)))


def _gray_mat(rng: random.Random, r: int, c: int, step: int = 10) -> list[list[int]]:
    return [[rng.choice(range(0, 256, step)) if step != 10 else rng.choice(range(0, 251, 10)) for _ in range(c)]
            for _ in range(r)]


def _size(rng: random.Random) -> tuple[int, int]:
    return rng.choice([(2, 2), (2, 3), (3, 3), (3, 2)])


@family(I32, "brightness-add")
def _bright(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = _size(rng)
    a = _gray_mat(rng, r, c)
    k = rng.choice([20, 30, 50, 60, -30, -50, 80])
    res = [[_clip(x + k) for x in row] for row in a]
    J = "모든 성분이 1인 행렬 J"
    ctx = rng.choice(["어두운 밤에 찍은 사진", "역광으로 찍은 얼굴 사진", "CCTV 영상의 한 장면"] if k > 0 else
                     ["너무 밝게 나온 풍경 사진", "햇빛이 강한 날 찍은 사진", "CCTV 영상의 한 장면"])
    kk = f"{k}J" if k > 0 else f"{k}J".replace("-", "−" if st == "unicode" else "-")
    text = rng.choice([
        f"{ctx}의 일부를 나타낸 회색조 행렬 A가 다음과 같다.\n{_mat(a, st)}\n사진의 밝기를 {'높이기' if k > 0 else '낮추기'} 위해 "
        f"A + ({kk})를 계산하였다. ({josa(J, '은/는')} A와 크기가 같다.) 단, 계산한 값이 255보다 크면 255로, 0보다 작으면 0으로 한다. "
        f"변환된 행렬을 {_end(rng)}",
        f"회색조 이미지 A = {_mat(a, st) if st == 'latex' else chr(10) + _mat(a, st) + chr(10)}의 모든 픽셀 값에 {josa(_ns(k, st), '을/를')} 더하여 "
        f"밝기를 조절하려고 한다. 결과가 0~255를 벗어나면 가장 가까운 경계값(0 또는 255)으로 바꿀 때, 변환된 이미지를 나타내는 행렬을 {_end(rng)}",
    ])
    return Problem(text=text, answer=_mat_ans(res, st), format="computation", difficulty=2, achievement_level="D",
                   concepts=["행렬"],
                   check=lambda: (sp.Matrix(a) + k * sp.ones(r, c)).applyfunc(lambda v: sp.Min(255, sp.Max(0, v))) == sp.Matrix(res))


@family(I32, "contrast-scalar")
def _contrast(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = _size(rng)
    k = rng.choice([Fr(1, 2), Fr(3, 2), Fr(2), Fr(6, 5), Fr(4, 5)])
    a = [[rng.choice(range(0, 251, 10)) for _ in range(c)] for _ in range(r)]
    res = [[_clip(k * x) for x in row] for row in a]
    kt = _n(k)
    text = rng.choice([
        f"이미지를 나타내는 행렬 A에 실수 {kt}를 곱하여 명암을 조절하려고 한다.\n{_mat(a, st)}\n{kt}A를 계산하되, 255보다 큰 값은 255로 바꾸어 "
        f"결과 행렬을 {_end(rng)}",
        f"회색조 사진 A의 각 픽셀 값을 {kt}배 하면 사진이 {'밝아진다' if k > 1 else '어두워진다'}. "
        f"A = {_mat(a, st) if st == 'latex' else chr(10) + _mat(a, st) + chr(10)}일 때, {kt}A를 구하시오. (단, 255를 넘는 값은 255로 한다.)",
    ])
    return Problem(text=text, answer=_mat_ans(res, st), format="computation", difficulty=2, achievement_level="D",
                   concepts=["행렬"],
                   check=lambda: (sp.Rational(k.numerator, k.denominator) * sp.Matrix(a)).applyfunc(lambda v: sp.Min(255, v)) == sp.Matrix(res))


@family(I32, "negative-image")
def _negative(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = _size(rng)
    a = [[rng.randint(0, 255) for _ in range(c)] for _ in range(r)]
    res = [[255 - x for x in row] for row in a]
    mode = rng.choice(["all", "blank"])
    if mode == "all":
        text = rng.choice([
            f"흑백 사진의 밝고 어두운 부분을 서로 바꾼 '반전 이미지'는 255J − A로 구할 수 있다. (J는 모든 성분이 1인 행렬)\n"
            f"A = {_mat(a, st) if st == 'latex' else chr(10) + _mat(a, st)}\n반전 이미지를 나타내는 행렬을 {_end(rng)}",
            f"엑스선 사진처럼 명암을 반대로 보이게 하려고, 회색조 이미지 A의 각 픽셀 값 x를 255 − x로 바꾸었다.\n{_mat(a, st)}\n변환된 행렬을 {_end(rng)}",
        ])
        ans = _mat_ans(res, st)
        fmt = "computation"
    else:
        i, j = rng.randrange(r), rng.randrange(c)
        text = (f"회색조 이미지 A = {_mat(a, st) if st == 'latex' else chr(10) + _mat(a, st) + chr(10)}의 반전 이미지 B = 255J − A에서 "
                f"({i + 1}, {j + 1}) 성분은 (  )이다. (  ) 안에 알맞은 수를 써넣으시오. (J는 모든 성분이 1인 행렬)")
        ans = str(res[i][j])
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E", concepts=["행렬"],
                   check=lambda: 255 * sp.ones(r, c) - sp.Matrix(a) == sp.Matrix(res))


@family(I32, "blend-two-images")
def _blend(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = rng.choice([(2, 2), (2, 3)])
    a = [[rng.choice(range(0, 251, 10)) for _ in range(c)] for _ in range(r)]
    b = [[rng.choice(range(0, 251, 10)) for _ in range(c)] for _ in range(r)]
    w = rng.choice([Fr(1, 2), Fr(3, 10), Fr(7, 10), Fr(1, 5), Fr(4, 5)])
    res = [[w * x + (1 - w) * y for x, y in zip(ra, rb, strict=True)] for ra, rb in zip(a, b, strict=True)]
    wt, wt2 = _n(w), _n(1 - w)
    text = rng.choice([
        f"두 회색조 이미지 A, B를 겹쳐 한 장의 이미지로 합성하려고 한다. 합성 이미지 C = {wt}A + {wt2}B일 때, C를 {_end(rng)}\n"
        f"A = {_mat(a, st) if st == 'latex' else chr(10) + _mat(a, st)}\nB = {_mat(b, st) if st == 'latex' else chr(10) + _mat(b, st)}",
        f"사진 A에 배경 사진 B를 {_n(w * 100)} : {_n((1 - w) * 100)}의 비율로 섞는다. 즉 {wt}A + {wt2}B를 계산한다.\n"
        f"A:\n{_mat(a, st)}\nB:\n{_mat(b, st)}\n합성한 이미지의 행렬을 {_end(rng)}",
    ])
    return Problem(text=text, answer=_mat_ans(res, st), format="computation", difficulty=3, achievement_level="C",
                   concepts=["행렬"],
                   check=lambda: sp.Rational(w.numerator, w.denominator) * sp.Matrix(a)
                   + (1 - sp.Rational(w.numerator, w.denominator)) * sp.Matrix(b) == sp.Matrix([[sp.Rational(v.numerator, v.denominator) for v in row] for row in res]))


@family(I32, "threshold-binarize")
def _binarize(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = rng.choice([(3, 3), (3, 4), (4, 4)])
    a = [[rng.randint(0, 255) for _ in range(c)] for _ in range(r)]
    t = rng.choice([100, 128, 150])
    hi = rng.choice([1, 255])
    res = [[hi if x >= t else 0 for x in row] for row in a]
    mode = rng.choice(["matrix", "count"])
    ge = {"latex": "이상", "unicode": "이상", "plain": "이상"}[st]
    if mode == "matrix":
        text = (f"회색조 이미지를 흑백 이미지로 바꾸기 위해 픽셀 값이 {t} {ge}이면 {hi}, {t} 미만이면 0으로 바꾸었다.\n{_mat(a, st)}\n"
                f"바꾼 이미지를 나타내는 행렬을 {_end(rng)}")
        ans = _mat_ans(res, st)
        d = 2
    else:
        cnt = sum(1 for row in res for v in row if v)
        text = (f"다음은 스캔한 문서의 일부를 나타낸 회색조 행렬이다.\n{_mat(a, st)}\n기준값 {josa(str(t), '을/를')} 정하여 {t} 이상인 픽셀은 {hi}, "
                f"나머지는 0으로 바꿀 때, {hi}인 픽셀은 몇 개인지 {_end(rng)}")
        ans = str(cnt)
        d = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="D", concepts=["행렬"],
                   check=lambda: sp.Matrix(a).applyfunc(lambda v: hi if v >= t else 0) == sp.Matrix(res))


@family(I32, "flip-by-multiplication")
def _flip(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([2, 3])
    a = [[rng.choice(range(0, 251, 10)) for _ in range(n)] for _ in range(n)]
    P = [[1 if i + j == n - 1 else 0 for j in range(n)] for i in range(n)]
    side = rng.choice(["right", "left"])
    res = (sp.Matrix(a) * sp.Matrix(P)) if side == "right" else (sp.Matrix(P) * sp.Matrix(a))
    resl = [[int(res[i, j]) for j in range(n)] for i in range(n)]
    prod = "AP" if side == "right" else "PA"
    mode = rng.choice(["compute", "meaning"])
    if mode == "compute":
        text = (f"이미지를 나타내는 행렬 A와 행렬 P가 다음과 같다.\nA = {_mat(a, st) if st == 'latex' else chr(10) + _mat(a, st)}\n"
                f"P = {_mat(P, st) if st == 'latex' else chr(10) + _mat(P, st)}\n행렬의 곱 {josa(prod, '을/를')} 구하고, 이것이 원래 이미지를 어떻게 "
                f"바꾼 것인지 {_end(rng, '쓰')}")
        how = "좌우로 뒤집은 이미지" if side == "right" else "상하로 뒤집은 이미지"
        ans = f"{_mat_ans(resl, st)}, {how}"
        d = 4
    else:
        how = "좌우" if side == "right" else "상하"
        opts = ["좌우로 뒤집힌다.", "상하로 뒤집힌다.", "밝기가 반전된다.", "변하지 않는다.", "대각선에 대하여 대칭이동한다."]
        corr = f"{how}로 뒤집힌다."
        ch = choices(rng, corr, [o for o in opts if o != corr])
        text = (f"행렬 P = {_mat(P, st) if st == 'latex' else chr(10) + _mat(P, st) + chr(10)}에 대하여, 이미지 행렬 A에 대한 곱 {josa(prod, '이/가')} "
                f"나타내는 이미지는 원래 이미지와 비교하여 어떻게 변하는가? (예: A = {_mat(a, st) if st == 'latex' else _mat_ans(a, st)})\n{ch.block}")
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch, concepts=["행렬"],
                       check=lambda: resl == ([row[::-1] for row in a] if side == "right" else a[::-1])
                       and ch.options[ch.correct].startswith("좌우" if side == "right" else "상하"))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="B", concepts=["행렬"],
                   check=lambda: (resl == [row[::-1] for row in a]) if side == "right" else (resl == a[::-1]))


@family(I32, "change-detection-difference")
def _diff(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = rng.choice([(3, 3), (3, 4)])
    a = [[rng.choice(range(0, 251, 10)) for _ in range(c)] for _ in range(r)]
    b = [[x if rng.random() < 0.6 else _clip(x + rng.choice([-80, -40, -20, 20, 40, 90])) for x in row] for row in a]
    t = rng.choice([30, 50])
    dmat = [[y - x for x, y in zip(ra, rb, strict=True)] for ra, rb in zip(a, b, strict=True)]
    cnt = sum(1 for row in dmat for v in row if abs(v) >= t)
    ctx = rng.choice(["주차장 CCTV", "교실 출입문 카메라", "산불 감시 카메라", "야생 동물 관찰 카메라"])
    text = (f"{ctx}가 1분 간격으로 찍은 두 회색조 이미지 A(이전), B(이후)의 일부이다.\nA:\n{_mat(a, st)}\nB:\n{_mat(b, st)}\n"
            f"B − A를 계산하여, 성분의 절댓값이 {t} 이상인 픽셀을 '변화가 있는 픽셀'로 판단할 때, B − A와 변화가 있는 픽셀의 개수를 {_end(rng)}")
    return Problem(text=text, answer=f"{_mat_ans(dmat, st)}, {cnt}", format="data", difficulty=3, achievement_level="C",
                   concepts=["행렬"], check=lambda: sum(1 for v in (sp.Matrix(b) - sp.Matrix(a)) if abs(v) >= t) == cnt)


@family(I32, "pooling-downsample")
def _pool(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = [[rng.choice(range(0, 256, 4)) for _ in range(4)] for _ in range(4)]
    kind = rng.choice(["max", "avg"])
    out = []
    for bi in (0, 2):
        row = []
        for bj in (0, 2):
            blk = [a[bi + x][bj + y] for x in (0, 1) for y in (0, 1)]
            row.append(max(blk) if kind == "max" else Fr(sum(blk), 4))
        out.append(row)
    how = "가장 큰 값" if kind == "max" else "평균"
    text = rng.choice([
        f"4×4 이미지를 2×2 이미지로 줄이기 위해, 행렬을 겹치지 않는 2×2 블록 4개로 나누고 각 블록의 {josa(how, '으로/로')} 새 픽셀 값을 정한다.\n"
        f"{_mat(a, st)}\n줄어든 이미지를 나타내는 2×2 행렬을 {_end(rng)}",
        f"합성곱 신경망에서는 이미지의 크기를 줄이는 풀링을 사용한다. 다음 4×4 행렬에 2×2 크기의 {'최댓값' if kind == 'max' else '평균'} 풀링을 "
        f"적용한 결과를 {_end(rng)}\n{_mat(a, st)}",
    ])
    return Problem(text=text, answer=_mat_ans(out, st), format="computation", difficulty=3, achievement_level="C",
                   concepts=["행렬"],
                   check=lambda: all((max if kind == "max" else (lambda v: sp.Rational(sum(v), 4)))(
                       list(sp.Matrix(a)[2 * i:2 * i + 2, 2 * j:2 * j + 2])) == out[i][j] for i in (0, 1) for j in (0, 1)))


@family(I32, "filter-center-pixel")
def _filter(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = [[rng.choice(range(0, 201, 10)) for _ in range(3)] for _ in range(3)]
    kind = rng.choice(["blur", "sharpen"])
    if kind == "blur":
        k = [[1, 1, 1], [1, 1, 1], [1, 1, 1]]
        rest = sum(map(sum, a)) - a[0][0]
        a[0][0] = min((v for v in range(0, 256) if (rest + v) % 9 == 0), key=lambda v: abs(v - a[0][0]))
        val = Fr(sum(map(sum, a)), 9)
        desc = "가운데 픽셀을 주변 9개 픽셀(자기 자신 포함)의 평균으로 바꾸는 흐림(블러) 필터"
    else:
        k = [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
        val = Fr(sum(k[i][j] * a[i][j] for i in range(3) for j in range(3)))
        desc = "선명하게 하는 필터(같은 위치의 성분끼리 곱하여 모두 더함)"
    out = _clip(val)
    text = rng.choice([
        f"다음은 이미지의 3×3 부분을 나타낸 행렬이다.\n{_mat(a, st)}\n{desc}"
        + (f" {_mat(k, st) if st == 'latex' else chr(10) + _mat(k, st) + chr(10)}" if kind == "sharpen" else "")
        + f"를 적용할 때, 가운데 픽셀의 새 값을 {_end(rng)}" + (" (단, 결과가 0보다 작으면 0, 255보다 크면 255로 한다.)" if kind == "sharpen" else ""),
    ])
    return Problem(text=text, answer=str(out), format="computation", difficulty=4 if kind == "sharpen" else 3,
                   achievement_level="B" if kind == "sharpen" else "C", concepts=["행렬"],
                   check=lambda: _clip(sum(sp.matrix_multiply_elementwise(sp.Matrix(a), sp.Matrix(k)))
                                       / (9 if kind == "blur" else 1)) == out)


# =================================================================================================
# 12인수03-03 이미지 분류 (해밍 거리, 템플릿 비교, 최근접 이웃, 특징 벡터, 정확도)
# =================================================================================================
_DIGITS = {
    "0": [[1, 1, 1], [1, 0, 1], [1, 0, 1], [1, 0, 1], [1, 1, 1]],
    "1": [[0, 1, 0], [1, 1, 0], [0, 1, 0], [0, 1, 0], [1, 1, 1]],
    "2": [[1, 1, 1], [0, 0, 1], [1, 1, 1], [1, 0, 0], [1, 1, 1]],
    "3": [[1, 1, 1], [0, 0, 1], [1, 1, 1], [0, 0, 1], [1, 1, 1]],
    "4": [[1, 0, 1], [1, 0, 1], [1, 1, 1], [0, 0, 1], [0, 0, 1]],
    "5": [[1, 1, 1], [1, 0, 0], [1, 1, 1], [0, 0, 1], [1, 1, 1]],
    "7": [[1, 1, 1], [0, 0, 1], [0, 1, 0], [0, 1, 0], [0, 1, 0]],
}


def _ham(a: list[list[int]], b: list[list[int]]) -> int:
    return sum(x != y for ra, rb in zip(a, b, strict=True) for x, y in zip(ra, rb, strict=True))


def _flipped(rng: random.Random, m: list[list[int]], k: int) -> list[list[int]]:
    out = [r[:] for r in m]
    cells = rng.sample([(i, j) for i in range(len(m)) for j in range(len(m[0]))], k)
    for i, j in cells:
        out[i][j] = 1 - out[i][j]
    return out


@family(I33, "hamming-distance")
def _hamming(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = rng.choice([(3, 3), (3, 4), (4, 4)])
    a = _rand_bin(rng, r, c)
    b = _flipped(rng, a, rng.randint(1, 5))
    h = _ham(a, b)
    show = rng.choice(["mat", "grid"])
    if show == "mat":
        body = f"A = {_mat(a, st) if st == 'latex' else chr(10) + _mat(a, st)}\nB = {_mat(b, st) if st == 'latex' else chr(10) + _mat(b, st)}"
        text = rng.choice([f"두 흑백 이미지를 나타내는 행렬 A, B가 다음과 같다.\n{body}\n두 행렬의 해밍 거리를 {_end(rng)}",
                           f"{body}\n위 두 행렬에서 같은 위치의 성분이 서로 다른 곳의 개수(해밍 거리)는 얼마인가?"])
    else:
        text = (f"다음 두 흑백 이미지(■=1, □=0)의 해밍 거리를 {_end(rng)}\n이미지 1\n{_grid(a)}\n이미지 2\n{_grid(b)}")
    return Problem(text=text, answer=str(h), format="computation", difficulty=1, achievement_level="E", concepts=["행렬"],
                   check=lambda: sum(abs(v) for v in (sp.Matrix(a) - sp.Matrix(b))) == h)


@family(I33, "digit-template-match")
def _template(rng: random.Random) -> Problem:
    while True:
        cands = rng.sample(list(_DIGITS), 3)
        true = rng.choice(cands)
        x = _flipped(rng, _DIGITS[true], rng.randint(1, 2))
        ds = {d: _ham(x, _DIGITS[d]) for d in cands}
        if sorted(ds.values())[0] < sorted(ds.values())[1]:
            break
    best = min(ds, key=ds.get)
    temps = "\n".join(f"[숫자 {d}]\n{_grid(_DIGITS[d])}" for d in cands)
    text = rng.choice([
        f"손글씨 숫자 인식 프로그램은 입력 이미지와 해밍 거리가 가장 작은 템플릿의 숫자로 판단한다. (■=1, □=0)\n{temps}\n[입력 이미지]\n{_grid(x)}\n"
        f"입력 이미지와 각 템플릿의 해밍 거리를 구하고, 프로그램이 판단한 숫자를 {_end(rng, '쓰')}",
        f"다음 입력 이미지를 세 템플릿과 비교하여 분류하려고 한다.\n[입력]\n{_grid(x)}\n{temps}\n"
        f"해밍 거리가 가장 작은 템플릿을 찾아 입력 이미지가 어떤 숫자로 분류되는지 {_end(rng)}",
    ])
    ans = ", ".join(f"{d}: {ds[d]}" for d in cands) + f"; {best}" if "각 템플릿" in text else best
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["행렬"],
                   check=lambda: all(ds[d] == sum(abs(v) for v in sp.Matrix(x) - sp.Matrix(_DIGITS[d])) for d in cands))


@family(I33, "knn-classify")
def _knn(rng: random.Random) -> Problem:
    task_ = rng.choice([("개", "고양이", "귀의 길이(cm)", "주둥이 길이(cm)"), ("사과", "배", "빨간 정도", "둥근 정도"),
                        ("축구공", "농구공", "무늬 점수", "크기 점수"), ("장미", "튤립", "꽃잎 수 점수", "줄기 길이 점수")])
    c1, c2, f1, f2 = task_
    while True:
        pts = [(rng.randint(1, 9), rng.randint(1, 9), rng.choice([c1, c2])) for _ in range(6)]
        if len({(p[0], p[1]) for p in pts}) < 6:
            continue
        q = (rng.randint(1, 9), rng.randint(1, 9))
        d2 = sorted(((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2, i) for i, p in enumerate(pts))
        if d2[2][0] == d2[3][0] or d2[0][0] == 0:
            continue
        near = [pts[i][2] for _, i in d2[:3]]
        if len(set(near)) == 1 and rng.random() < 0.5:
            continue
        break
    lab = max(set(near), key=near.count)
    names_ = "ABCDEF"
    tbl = f"사진 | {f1} | {f2} | 분류\n" + "\n".join(f"{names_[i]} | {p[0]} | {p[1]} | {p[2]}" for i, p in enumerate(pts))
    text = rng.choice([
        f"{c1}와 {c2} 사진을 분류하는 인공지능이 사진에서 두 가지 특징을 뽑아 다음과 같이 저장하였다.\n{tbl}\n새 사진의 특징이 ({q[0]}, {q[1]})일 때, "
        f"특징을 좌표로 보고 거리가 가장 가까운 3개의 사진 중 많은 쪽으로 분류한다. 가장 가까운 3개의 사진과 분류 결과를 {_end(rng)}",
        f"{tbl}\n위 자료를 이용하여 k-최근접 이웃 방법(k = 3)으로 특징이 ({q[0]}, {q[1]})인 새 사진을 분류하시오. (거리는 좌표평면 위의 두 점 사이의 거리)",
    ]).replace(f"{c1}와", josa(c1, "과/와"))
    ans = f"{', '.join(sorted(names_[i] for _, i in d2[:3]))}; {lab}"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B", concepts=[],
                   check=lambda: set(sorted(range(6), key=lambda i: sp.Point(*q).distance(sp.Point(pts[i][0], pts[i][1])))[:3])
                   == {i for _, i in d2[:3]})


@family(I33, "classification-accuracy")
def _accuracy(rng: random.Random) -> Problem:
    c1, c2 = rng.choice([("개", "고양이"), ("불량품", "정상품"), ("마스크 착용", "미착용"), ("재활용 가능", "불가능")])
    tp, fn, fp, tn = (rng.randint(5, 50) for _ in range(4))
    total = tp + fn + fp + tn
    while (100 * (tp + tn)) % total:
        tn += 1
        total += 1
    acc = Fr(100 * (tp + tn), total)
    tbl = f"실제 \\ 예측 | {c1} | {c2}\n{c1} | {tp} | {fn}\n{c2} | {fp} | {tn}"
    text = rng.choice([
        f"이미지 분류 인공지능으로 사진 {total}장을 분류한 결과가 다음과 같다.\n{tbl}\n이 인공지능의 정확도(전체 중 맞게 분류한 비율)는 몇 %인지 {_end(rng)}",
        f"{tbl}\n위 표는 {c1}/{josa(c2, '을/를')} 구분하는 인공지능의 분류 결과이다. 잘못 분류한 사진의 수와 정확도(%)를 차례로 {_end(rng)}",
    ])
    ans = f"{_n(acc)}%" if "차례로" not in text else f"{fn + fp}장, {_n(acc)}%"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=[],
                   check=lambda: sp.Rational(100 * (total - fn - fp), total) == sp.Rational(acc.numerator, acc.denominator))


@family(I33, "nearest-template-choice")
def _near_choice(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base = _rand_bin(rng, 3, 3)
    dists = rng.sample([1, 2, 3, 4, 5, 6], 5)
    opts_m = [_flipped(rng, base, d) for d in dists]
    best = dists.index(min(dists))
    labels = [_grid(m).replace("\n", " ") for m in opts_m]
    if len(set(labels)) < 5:
        return _near_choice(rng)
    ch = choices(rng, labels[best], [x for i, x in enumerate(labels) if i != best])
    text = (f"흑백 이미지 {_mat(base, st) if st == 'latex' else chr(10) + _mat(base, st) + chr(10)}(1=■, 0=□)와 해밍 거리가 가장 작은 "
            f"이미지는? (각 보기는 위의 행부터 차례로 나타낸 것이다.)\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch, concepts=["행렬"],
                   check=lambda: _ham(base, opts_m[best]) == min(_ham(base, m) for m in opts_m))


@family(I33, "projection-feature")
def _projection(rng: random.Random) -> Problem:
    st = pick_style(rng)
    d = rng.choice(list(_DIGITS))
    m = _DIGITS[d] if rng.random() < 0.5 else _rand_bin(rng, 4, 4)
    rows = [sum(r) for r in m]
    cols = [sum(col) for col in zip(*m, strict=True)]
    which = rng.choice(["row", "col", "both"])
    text = rng.choice([
        f"이미지의 특징을 간단히 나타내기 위해 각 행(또는 각 열)에 있는 검은색 픽셀(■)의 개수를 세어 벡터로 만들려고 한다.\n{_grid(m)}\n",
        f"다음 흑백 이미지에서 검은색 픽셀 수를 행별, 열별로 세어 특징 벡터를 만든다.\n{_grid(m)}\n",
    ])
    if which == "row":
        text += f"행별 검은색 픽셀 수를 위에서부터 차례로 나타낸 벡터를 {_end(rng)}"
        ans = _vec(rows, st)
    elif which == "col":
        text += f"열별 검은색 픽셀 수를 왼쪽부터 차례로 나타낸 벡터를 {_end(rng)}"
        ans = _vec(cols, st)
    else:
        text += f"행별 벡터와 열별 벡터를 각각 구하고, 두 벡터의 성분의 합이 같은 이유를 {_end(rng, '쓰')}"
        ans = f"행별 {_vec(rows, st)}, 열별 {_vec(cols, st)}; 둘 다 전체 검은색 픽셀 수({sum(rows)})와 같기 때문이다."
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=["행렬", "벡터"],
                   check=lambda: sum(rows) == sum(cols) == sum(sp.Matrix(m)))


@family(I33, "nearest-centroid")
def _centroid(rng: random.Random) -> Problem:
    c1, c2 = rng.choice([("강아지", "고양이"), ("손글씨 0", "손글씨 1"), ("낮 사진", "밤 사진")])
    f1, f2 = rng.choice([("밝기 평균", "윤곽선 수"), ("특징 1", "특징 2"), ("검은색 픽셀 비율", "세로선 수")])
    while True:
        g1 = [(rng.randint(1, 5), rng.randint(1, 5)) for _ in range(3)]
        g2 = [(rng.randint(5, 10), rng.randint(4, 10)) for _ in range(3)]
        m1 = (Fr(sum(p[0] for p in g1), 3), Fr(sum(p[1] for p in g1), 3))
        m2 = (Fr(sum(p[0] for p in g2), 3), Fr(sum(p[1] for p in g2), 3))
        if all(v.denominator == 1 for v in (*m1, *m2)):
            q = (rng.randint(2, 9), rng.randint(2, 9))
            d1 = (q[0] - m1[0]) ** 2 + (q[1] - m1[1]) ** 2
            d2 = (q[0] - m2[0]) ** 2 + (q[1] - m2[1]) ** 2
            if d1 != d2:
                break
    lab = c1 if d1 < d2 else c2
    tbl = f"분류 | ({f1}, {f2})\n" + "\n".join(f"{c1} | ({p[0]}, {p[1]})" for p in g1) + "\n" + "\n".join(
        f"{c2} | ({p[0]}, {p[1]})" for p in g2)
    text = (f"다음은 학습용 이미지의 특징을 (x, y)로 나타낸 것이다.\n{tbl}\n각 분류의 특징의 평균점(중심)을 구하고, 새 이미지의 특징 "
            f"{josa(f'({q[0]}, {q[1]})', '이/가')} 더 가까운 중심의 분류로 판단할 때, 두 중심과 판단 결과를 {_end(rng)}")
    ans = f"{c1} ({_n(m1[0])}, {_n(m1[1])}), {c2} ({_n(m2[0])}, {_n(m2[1])}); {lab}"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B", concepts=[],
                   check=lambda: (sp.Point(*q).distance(sp.Point(*m1)) < sp.Point(*q).distance(sp.Point(*m2))) == (lab == c1))


@family(I33, "hamming-threshold-match")
def _ham_thr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    key = _rand_bin(rng, 3, 4)
    n = rng.randint(4, 6)
    ks = [rng.randint(0, 5) for _ in range(n)]
    imgs = [_flipped(rng, key, k) for k in ks]
    t = rng.choice([1, 2, 3])
    ok = sum(1 for k in ks if k <= t)
    ctx = rng.choice(["출입 카드의 무늬 인식", "지문 인식 잠금장치", "QR 무늬 판별기", "도장 진위 판별 프로그램"])
    body = "\n".join(f"이미지 {i + 1}: {_mat_ans(m, 'plain')}" for i, m in enumerate(imgs))
    text = (f"{josa(ctx, '은/는')} 저장된 기준 이미지와의 해밍 거리가 {t} 이하이면 '일치'로 판단한다. 기준 이미지가 {_mat_ans(key, 'plain')}일 때, "
            f"다음 입력 이미지 중 '일치'로 판단되는 것은 몇 개인지 {_end(rng)} (각 이미지는 행을 / 로 구분하여 나타내었다.)\n{body}")
    del st
    return Problem(text=text, answer=str(ok), format="data", difficulty=3, achievement_level="C", concepts=["행렬"],
                   check=lambda: sum(1 for m in imgs if _ham(key, m) <= t) == ok)


# =================================================================================================
# 12인수04-01 상대도수로 확률을 구하고 예측에 이용 (조건부확률의 용어·기호는 쓰지 않음)
# =================================================================================================
def _pf(fr: Fr, st: str) -> str:
    """A probability as a fraction in style ``st`` (answers use ``q/p``)."""
    if fr.denominator == 1:
        return str(fr.numerator)
    if st == "latex":
        return f"$\\frac{{{fr.numerator}}}{{{fr.denominator}}}$"
    return f"{fr.numerator}/{fr.denominator}"


def _pa(fr: Fr) -> str:
    return str(fr.numerator) if fr.denominator == 1 else f"{fr.numerator}/{fr.denominator}"


@family(P41, "relative-frequency-predict")
def _relfreq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cats, subj = rng.choice([(["맑음", "흐림", "비"], "지난 날들의 날씨"), (["버스", "지하철", "도보", "자전거"], "학생들의 등교 방법"),
                             (["김밥", "떡볶이", "라면", "만두"], "매점의 메뉴별 판매 기록"), (["정상", "불량"], "공장 부품 검사 결과")])
    total = rng.choice([20, 40, 50, 100, 200])
    while True:
        cuts = sorted(rng.sample(range(1, total), len(cats) - 1))
        cnts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        if min(cnts) >= 2:
            break
    i = rng.randrange(len(cats))
    p = Fr(cnts[i], total)
    m = rng.choice([m for m in (10, 20, 30, 50, 100, 300, 500, 1000) if (p * m).denominator == 1] or [total])
    tbl = "항목 | " + " | ".join(cats) + " | 합계\n횟수 | " + " | ".join(map(str, cnts)) + f" | {total}"
    mode = rng.choice(["prob", "predict"])
    if mode == "prob":
        text = (f"다음은 {subj}를 정리한 표이다.\n{tbl}\n상대도수를 이용하여 다음 한 번의 결과가 '{cats[i]}'일 확률을 {_end(rng)}")
        ans = _pa(p)
        d = 2
    else:
        text = rng.choice([
            f"다음은 {subj}를 정리한 표이다.\n{tbl}\n이 자료의 상대도수를 확률로 보고 앞으로 {m}번 중 '{cats[i]}'는 몇 번일지 예측하시오.",
            f"인공지능이 {josa(f'{subj}({total}건)', '을/를')} 학습하였다.\n{tbl}\n상대도수를 확률로 이용할 때, 다음 {m}건 중 {_qj(cats[i], '으로/로')} 예상되는 건수를 {_end(rng)}",
        ])
        ans = f"{p * m}"
        d = 3
    text = text.replace(f"'{cats[i]}'는", f"{_qj(cats[i], '은/는')}")
    del st
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d), concepts=["확률"],
                   check=lambda: sp.Rational(cnts[i], sum(cnts)) * (m if mode == "predict" else 1) == _R(Fr(ans)))


@family(P41, "spam-word-frequency")
def _spam(rng: random.Random) -> Problem:
    st = pick_style(rng)
    word = rng.choice(["무료", "당첨", "할인", "긴급", "대출", "이벤트"])
    n_word = rng.choice([20, 25, 40, 50, 80])
    n_spam = rng.randint(n_word // 2, n_word - 1)
    n_total = n_word * rng.choice([4, 5, 10])
    p = Fr(n_spam, n_word)
    thr = rng.choice([Fr(1, 2), Fr(7, 10), Fr(4, 5)])
    text = rng.choice([
        f"메일 {n_total}통을 조사하였더니 제목에 {_qj(word, '이/가')} 들어 있는 메일은 {n_word}통이었고, 그중 스팸 메일은 {n_spam}통이었다. "
        f"새로 받은 메일의 제목에 {_qj(word, '이/가')} 들어 있을 때 이 메일이 스팸일 확률을 상대도수로 구하고, 이 값이 {_n(thr)} 이상이면 "
        f"스팸으로 분류한다고 할 때 분류 결과를 {_end(rng, '쓰')}",
        f"스팸 필터는 지난 메일 기록을 이용한다. {_qj(word, '이/가')} 포함된 메일 {n_word}통 중 {n_spam}통이 스팸이었다면, {_qj(word, '이/가')} "
        f"포함된 새 메일이 스팸일 확률은 얼마로 볼 수 있는가? 또 확률이 {_n(thr)} 이상일 때 스팸함으로 보낸다면 이 메일은 어디로 가는지 {_end(rng, '쓰')}",
    ])
    dest = ("스팸" if "분류 결과" in text else "스팸함") if p >= thr else ("정상 메일" if "분류 결과" in text else "받은 편지함")
    ans = f"{_pa(p)}, {dest}"
    del st
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["확률"],
                   check=lambda: (sp.Rational(n_spam, n_word) >= sp.Rational(thr.numerator, thr.denominator)) == (dest in ("스팸", "스팸함")))


_NEXT = {"오늘": ["날씨", "급식", "수업", "숙제"], "수학": ["시험", "숙제", "수업", "문제"], "점심": ["메뉴", "시간", "급식", "먹고"],
         "인공지능": ["수학", "로봇", "기술", "학습"]}


@family(P41, "next-word-prediction")
def _next_word(rng: random.Random) -> Problem:
    st = pick_style(rng)
    w = rng.choice(list(_NEXT))
    nxt = _NEXT[w]
    while True:
        cnts = [rng.randint(2, 30) for _ in nxt]
        if cnts.count(max(cnts)) == 1:
            break
    tot = sum(cnts)
    j = cnts.index(max(cnts))
    tbl = f"'{w}' 다음에 온 단어 | " + " | ".join(nxt) + "\n횟수 | " + " | ".join(map(str, cnts))
    mode = rng.choice(["best", "prob"])
    if mode == "best":
        text = (f"문장 자동 완성 인공지능이 학습한 문장들에서 단어 {_qj(w, '이/가')} 나온 다음에 이어진 단어를 세었더니 다음과 같았다.\n{tbl}\n"
                f"사용자가 {_qj(w, '을/를')} 입력했을 때 인공지능이 추천할 다음 단어와 그 단어가 올 확률을 {_end(rng)}")
        ans = f"{nxt[j]}, {_pa(Fr(cnts[j], tot))}"
    else:
        k = rng.randrange(len(nxt))
        text = f"{tbl}\n위 표는 검색어 자동 완성 기록이다. {_qj(w, '을/를')} 입력한 다음 {_qj(nxt[k], '이/가')} 이어질 확률을 상대도수로 {_end(rng)}"
        ans = _pa(Fr(cnts[k], tot))
    del st
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["확률"],
                   check=lambda: sum(sp.Rational(c, tot) for c in cnts) == 1)


@family(P41, "two-way-table-rate")
def _twoway(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rowl, coll = rng.choice([(("비 온 날", "비 안 온 날"), ("지각생 있음", "지각생 없음")),
                             (("광고 본 고객", "광고 안 본 고객"), ("구매함", "구매 안 함")),
                             (("복습한 학생", "복습 안 한 학생"), ("통과", "재시험")),
                             (("마스크 착용", "미착용"), ("감기 걸림", "안 걸림"))])
    m = [[rng.randint(3, 40) for _ in range(2)] for _ in range(2)]
    r = rng.randrange(2)
    p = Fr(m[r][0], sum(m[r]))
    tbl = f"구분 | {coll[0]} | {coll[1]}\n{rowl[0]} | {m[0][0]} | {m[0][1]}\n{rowl[1]} | {m[1][0]} | {m[1][1]}"
    mode = rng.choice(["one", "compare"])
    if mode == "one":
        text = (f"다음은 어느 학교 인공지능 동아리가 모은 자료이다.\n{tbl}\n'{rowl[r]}'에 해당하는 경우 가운데 '{coll[0]}'인 것의 "
                f"상대도수를 구하여, 앞으로 '{rowl[r]}'일 때 '{coll[0]}'일 확률을 {_end(rng)}")
        ans = _pa(p)
        d = 3
    else:
        p0, p1 = Fr(m[0][0], sum(m[0])), Fr(m[1][0], sum(m[1]))
        if p0 == p1:
            m[0][0] += 1
            p0 = Fr(m[0][0], sum(m[0]))
            tbl = f"구분 | {coll[0]} | {coll[1]}\n{rowl[0]} | {m[0][0]} | {m[0][1]}\n{rowl[1]} | {m[1][0]} | {m[1][1]}"
        text = (f"{tbl}\n위 자료에서 '{rowl[0]}'과 '{rowl[1]}' 각각에 대하여 '{coll[0]}'인 비율을 구하고, 어느 쪽에서 '{coll[0]}'일 가능성이 "
                f"더 높다고 예측할 수 있는지 {_end(rng, '쓰')}")
        ans = f"{_pa(p0)}, {_pa(p1)}; {rowl[0] if p0 > p1 else rowl[1]}"
        d = 4
    del st
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d), concepts=["확률"],
                   check=lambda: all(0 < sp.Rational(m[i][0], m[i][0] + m[i][1]) < 1 for i in (0, 1)))


@family(P41, "probability-choice")
def _prob_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([40, 50, 60, 80, 120, 200])
    k = rng.randint(1, n // 2)
    while Fr(k, n).denominator in (1,) or Fr(k, n) == Fr(1, 2):
        k = rng.randint(1, n // 2)
    p = Fr(k, n)
    ctx = rng.choice([f"얼굴 인식 잠금장치를 {n}번 시험했더니 {k}번 인식에 실패하였다. 다음 시도에서 인식에 실패할 확률",
                      f"음성 비서에게 {n}번 질문하였더니 {k}번 엉뚱한 답을 하였다. 다음 질문에 엉뚱한 답을 할 확률",
                      f"자율주행 로봇이 {n}번 배달 중 {k}번 경로를 다시 계산하였다. 다음 배달에서 경로를 다시 계산할 확률"])
    dis = [_pf(x, st) for x in (1 - p, Fr(k, n + k), Fr(n - k, n + k), Fr(1, k) if k > 1 else Fr(2, n), p * 2, p / 2) if 0 < x < 1 and x != p]
    ch = choices(rng, _pf(p, st), dis, sort_key=lambda o: float(Fr(o.strip("$").replace("\\frac{", "").replace("}{", "/").rstrip("}"))))
    text = f"{ctx}을 상대도수를 이용하여 구한 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch, concepts=["확률"],
                   check=lambda: sp.Rational(k, n) == sp.Rational(p.numerator, p.denominator))


@family(P41, "cumulative-relative-frequency")
def _cumfreq(rng: random.Random) -> Problem:
    p = rng.choice([Fr(1, 4), Fr(3, 10), Fr(2, 5), Fr(3, 5), Fr(1, 5), Fr(7, 10)])
    ns = [10, 50, 100, 500, 1000]
    counts = []
    for n in ns:
        base = p * n
        noise = rng.choice([-2, -1, 0, 1, 2]) if n <= 100 else rng.choice([-3, -1, 0, 2, 3])
        counts.append(max(0, int(base) + (noise if n < 1000 else 0)))
    rel = [Fr(c, n) for c, n in zip(counts, ns, strict=True)]
    ev = rng.choice(["버튼 추천 광고를 클릭한 횟수", "인공지능 번역이 수정 없이 쓰인 횟수", "로봇 팔이 물건을 한 번에 집은 횟수", "동전 던지기 게임에서 AI가 이긴 횟수"])
    tbl = "시행 횟수 | " + " | ".join(map(str, ns)) + f"\n{ev} | " + " | ".join(map(str, counts))
    text = (f"다음은 시행 횟수를 늘려 가며 {josa(ev, '을/를')} 기록한 것이다.\n{tbl}\n각 상대도수를 소수로 구하고, 시행 횟수가 많아질 때 상대도수가 "
            f"가까워지는 값을 이 사건의 확률로 {_end(rng, '쓰')}")
    ans = ", ".join(_n(r) for r in rel) + f"; {_n(rel[-1])}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["확률"],
                   check=lambda: rel[-1] == p)


@family(P41, "ai-decision-threshold")
def _decide(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([20, 30, 40, 50])
    k = rng.randint(3, n - 3)
    thr = rng.choice([Fr(3, 10), Fr(1, 2), Fr(3, 5)])
    p = Fr(k, n)
    while p == thr:
        k += 1
        p = Fr(k, n)
    sit, yes, no = rng.choice([
        ("오늘과 기압·습도가 비슷했던 지난 날", "비가 온 날", "우산을 챙기라고 알린다"),
        ("비슷한 증상을 보인 환자", "독감으로 확인된 환자", "정밀 검사를 권한다"),
        ("비슷한 구매 기록을 가진 고객", "신제품을 산 고객", "신제품 쿠폰을 보낸다"),
    ])
    text = rng.choice([
        f"인공지능이 {sit} {n}건을 찾았더니 그중 {josa(yes, '은/는')} {k}건이었다. 상대도수로 구한 확률이 {_n(thr)} 이상이면 '{no}'. "
        f"이때 확률을 구하고, 인공지능이 '{no}'고 판단하는지 {_end(rng, '쓰')}".replace("다'고", "다'라고"),
        f"{sit}의 기록 {n}건 가운데 {josa(yes, '은/는')} {k}건이다. 인공지능은 이 비율이 {_n(thr)} 이상이면 '{no}'는 결정을 내린다. "
        f"비율을 구하고 결정 여부를 {_end(rng, '쓰')}".replace("다'는", "다'라는"),
    ])
    ans = f"{_pa(p)}, {'예' if p >= thr else '아니요'}"
    del st
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["확률"],
                   check=lambda: (sp.Rational(k, n) >= sp.Rational(thr.numerator, thr.denominator)) == (p >= thr))


@family(P41, "recommendation-rate")
def _recommend(rng: random.Random) -> Problem:
    base = rng.choice(["웹툰 A", "영화 A", "노래 A", "게임 A"])
    kind = base.split()[0]
    cands = [f"{kind} {x}" for x in "BCD"]
    n = rng.choice([40, 50, 80, 100, 120])
    while True:
        cnt = [rng.randint(5, n - 5) for _ in cands]
        if cnt.count(max(cnt)) == 1:
            break
    j = cnt.index(max(cnt))
    tbl = "함께 본 콘텐츠 | " + " | ".join(cands) + "\n사용자 수 | " + " | ".join(map(str, cnt))
    text = (f"{josa(base, '을/를')} 본 사용자 {n}명이 추가로 본 콘텐츠를 조사하였다. (한 사람이 여러 개를 볼 수 있다.)\n{tbl}\n"
            f"새 사용자가 {josa(base, '을/를')} 보았을 때, 각 콘텐츠를 볼 확률을 상대도수로 구하고 추천 시스템이 가장 먼저 추천할 콘텐츠를 {_end(rng, '쓰')}")
    ans = ", ".join(f"{c} {_pa(Fr(v, n))}" for c, v in zip(cands, cnt, strict=True)) + f"; {cands[j]}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["확률"],
                   check=lambda: max(range(3), key=lambda i: sp.Rational(cnt[i], n)) == j)


# =================================================================================================
# 12인수04-02 추세선으로 경향성을 나타내고 예측하기
# =================================================================================================
_TREND_CTX = [
    ("하루 공부 시간(시간)", "수학 점수(점)", "x", "y"),
    ("기온(°C)", "아이스크림 판매량(개)", "x", "y"),
    ("연도(2020년을 0으로)", "전기차 등록 대수(만 대)", "x", "y"),
    ("운동 시간(분)", "소모 열량(kcal)", "x", "y"),
    ("광고비(만 원)", "매출(만 원)", "x", "y"),
    ("스마트폰 사용 시간(시간)", "수면 시간(시간)", "x", "y"),
]


def _line_txt(a: Fr, b: Fr, st: str) -> str:
    at, bt = _n(a), _n(abs(b))
    if a == 0:
        core = _n(b)
    else:
        core = f"{'' if a == 1 else ('-' if a == -1 else at)}x"
        if b:
            core += f" {'-' if b < 0 else '+'} {bt}"
    if st == "latex":
        return f"$y={core.replace(' ', '')}$"
    if st == "unicode":
        core = core.replace("-", "−")
    return f"y = {core}"


@family(P42, "predict-with-trendline")
def _predict(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xl, yl, _, _ = rng.choice(_TREND_CTX)
    neg = "수면" in yl
    a = Fr(rng.choice([-15, -10, -5, -3]), 10) if neg else Fr(rng.choice([5, 8, 12, 15, 20, 25, 30]), 10) * rng.choice([1, 10])
    b = Fr(rng.choice([8, 9])) if neg else Fr(rng.choice([10, 20, 30, 40, 50]))
    x0 = rng.choice([2, 3, 4, 5, 6]) if neg else rng.choice([3, 4, 6, 8, 10, 12])
    y0 = a * x0 + b
    tool = rng.choice(["공학 도구로", "스프레드시트의 추세선 기능으로", "그래핑 계산기로"])
    text = rng.choice([
        f"{xl}을 x, {yl}을 y라 할 때, 수집한 자료의 산점도에 {tool} 추세선을 그렸더니 {_line_txt(a, b, st)}이었다. x = {x0}일 때 y의 값을 예측하시오.",
        f"어느 모둠이 {xl}과 {yl}의 관계를 조사하여 {tool} 구한 추세선이 {_line_txt(a, b, st)}이다. (x: {xl}, y: {yl}) "
        f"x가 {x0}일 때 예상되는 y의 값을 {_end(rng)}",
    ])
    text = text.replace(f"{xl}을", josa(xl, "을/를")).replace(f"{yl}을", josa(yl, "을/를")).replace(f"{xl}과", josa(xl, "과/와"))
    return Problem(text=text, answer=_n(y0), format="word", difficulty=1, achievement_level="E", concepts=["추세선"],
                   check=lambda: sp.Rational(a.numerator, a.denominator) * x0 + sp.Rational(b.numerator, b.denominator) == _R(Fr(_n(y0))))


def _trend_data(rng: random.Random, n: int = 5) -> tuple[list[int], list[int]]:
    xs = sorted(rng.sample(range(1, 11), n))
    a, b = rng.choice([2, 3, 4, 5]), rng.choice([1, 2, 5, 10])
    ys = [a * x + b + rng.choice([-2, -1, 0, 1, 2]) for x in xs]
    return xs, ys


@family(P42, "residual")
def _residual(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys = _trend_data(rng, 4)
    a, b = Fr(rng.choice([2, 3, 4, 5])), Fr(rng.choice([1, 2, 3]))
    i = rng.randrange(4)
    pred = a * xs[i] + b
    res = ys[i] - pred
    tbl = "x | " + " | ".join(map(str, xs)) + "\ny | " + " | ".join(map(str, ys))
    text = rng.choice([
        f"다음 자료에 대한 추세선이 {_line_txt(a, b, st)}이다.\n{tbl}\nx = {xs[i]}일 때 (실제 값) − (추세선으로 예측한 값)을 {_end(rng)}",
        f"{tbl}\n위 자료의 추세선 {_line_txt(a, b, st)}로 x = {xs[i]}에서의 y의 값을 예측하면 실제 값과 얼마나 차이가 나는지, "
        f"(실제 값) − (예측값)으로 {_end(rng)}",
    ])
    return Problem(text=text, answer=_n(res), format="computation", difficulty=2, achievement_level="D", concepts=["추세선"],
                   check=lambda: ys[xs.index(xs[i])] - (a * xs[i] + b) == res)


@family(P42, "compare-two-trendlines")
def _compare_lines(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        xs, ys = _trend_data(rng, rng.choice([4, 5]))
        l1 = (Fr(rng.choice([2, 3, 4, 5])), Fr(rng.choice([0, 1, 2, 3, 5])))
        l2 = (Fr(rng.choice([2, 3, 4, 5])), Fr(rng.choice([0, 1, 2, 3, 5])))
        if l1 == l2:
            continue
        s1 = sum((y - (l1[0] * x + l1[1])) ** 2 for x, y in zip(xs, ys, strict=True))
        s2 = sum((y - (l2[0] * x + l2[1])) ** 2 for x, y in zip(xs, ys, strict=True))
        if s1 != s2 and max(s1, s2) < 400:
            break
    tbl = "x | " + " | ".join(map(str, xs)) + "\ny | " + " | ".join(map(str, ys))
    text = rng.choice([
        f"다음 자료에 대하여 두 학생이 추세선을 각각 (가) {_line_txt(*l1, st)}, (나) {_line_txt(*l2, st)}로 그렸다.\n{tbl}\n"
        f"각 x에서 (실제 값 − 예측값)의 제곱을 모두 더한 값이 작을수록 더 좋은 추세선이라 할 때, 두 추세선의 제곱의 합을 각각 구하고 더 좋은 추세선을 {_end(rng, '쓰')}",
        f"{tbl}\n위 자료의 경향을 나타내는 추세선 후보 (가) {_line_txt(*l1, st)}, (나) {_line_txt(*l2, st)} 중에서 오차의 제곱의 합이 "
        f"더 작은 것을 고르려고 한다. 각 오차의 제곱의 합과 선택할 추세선을 {_end(rng)}",
    ])
    ans = f"(가) {_n(s1)}, (나) {_n(s2)}; {'(가)' if s1 < s2 else '(나)'}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["추세선"],
                   also=[P43],
                   check=lambda: (sum((sp.Integer(y) - l1[0] * x - l1[1]) ** 2 for x, y in zip(xs, ys, strict=True)) < s2) == (s1 < s2))


@family(P42, "line-through-two-points")
def _two_points(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x1, x2 = sorted(rng.sample(range(0, 10), 2))
    a = Fr(rng.choice([-3, -2, 2, 3, 4, 5, 6, 10]), rng.choice([1, 1, 2]))
    b = Fr(rng.randint(5, 40))
    y1, y2 = a * x1 + b, a * x2 + b
    x0 = x2 + rng.randint(1, 4)
    xl, yl, _, _ = rng.choice(_TREND_CTX)
    text = rng.choice([
        f"{xl}을 x, {yl}을 y로 나타낸 산점도에서 경향을 잘 나타내도록 두 점 ({x1}, {_n(y1)}), {josa(f'({x2}, {_n(y2)})', '을/를')} 지나는 직선을 추세선으로 정하였다. "
        f"이 추세선의 식을 구하고, x = {x0}일 때 y의 값을 예측하시오.",
        f"산점도 위의 두 점 {josa(f'({x1}, {_n(y1)})', '과/와')} {josa(f'({x2}, {_n(y2)})', '을/를')} 지나는 추세선의 방정식을 구하고, 이를 이용하여 x = {x0}에서의 y의 값을 {_end(rng)}",
    ]).replace(f"{xl}을 x", f"{josa(xl, '을/를')} x").replace(f"{yl}을 y", f"{josa(yl, '을/를')} y")
    ans = f"{_line_txt(a, b, st)}, {_n(a * x0 + b)}"
    X = sp.symbols("x")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=["추세선"],
                   check=lambda: sp.interpolate([(x1, _R(y1)), (x2, _R(y2))], X).subs(X, x0)
                   == _R(a * x0 + b))


@family(P42, "mean-point-trendline")
def _mean_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([4, 5])
    while True:
        xs, ys = _trend_data(rng, n)
        mx, my = Fr(sum(xs), n), Fr(sum(ys), n)
        if mx.denominator == 1 and my.denominator == 1:
            break
    a = Fr(rng.choice([2, 3, 4, 5]))
    b = my - a * mx
    x0 = max(xs) + rng.randint(1, 3)
    tbl = "x | " + " | ".join(map(str, xs)) + "\ny | " + " | ".join(map(str, ys))
    text = (f"다음 자료의 추세선은 x의 평균과 y의 평균을 좌표로 하는 점을 지난다고 한다.\n{tbl}\n추세선의 기울기가 {_n(a)}일 때, 추세선의 식을 구하고 "
            f"x = {x0}일 때 y의 값을 예측하시오.")
    ans = f"{_line_txt(a, b, st)}, {_n(a * x0 + b)}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["추세선"],
                   check=lambda: a * sp.Rational(sum(xs), n) + b == sp.Rational(sum(ys), n))


@family(P42, "slope-meaning-choice")
def _slope_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ctx = rng.choice([("하루 공부 시간 x(시간)", "모의고사 점수 y(점)", "점", "시간"), ("기온 x(°C)", "음료 판매량 y(병)", "병", "°C"),
                      ("운동 시간 x(분)", "소모 열량 y(kcal)", "kcal", "분"), ("광고 횟수 x(회)", "방문자 수 y(명)", "명", "회")])
    a = rng.choice([2, 3, 4, 5, 6, 8])
    b = rng.choice([10, 20, 30, 40, 50])
    xl, yl, yu, xu = ctx
    corr = f"x가 1{xu} 늘어날 때마다 y는 약 {a}{yu}씩 늘어난다."
    dis = [f"x가 1{xu} 늘어날 때마다 y는 약 {b}{yu}씩 늘어난다.", f"x가 {a}{xu} 늘어날 때마다 y는 약 1{yu}씩 늘어난다.",
           f"x가 0일 때 y는 약 {a}{yu}이다.", f"x가 1{xu} 늘어날 때마다 y는 약 {a}{yu}씩 줄어든다.",
           f"y는 항상 {b}{yu}보다 작다.", "x가 2배가 되면 y도 정확히 2배가 된다."]
    ch = choices(rng, corr, dis)
    text = (f"{xl}와 {yl}에 대한 자료로 구한 추세선이 {_line_txt(Fr(a), Fr(b), st)}이다. 이 추세선에 대한 해석으로 옳은 것은?\n{ch.block}")
    text = text.replace(f"{xl}와", josa(xl, "과/와"))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch, concepts=["추세선"],
                   check=lambda: sp.diff(a * sp.Symbol("x") + b, sp.Symbol("x")) == a)


@family(P42, "inverse-prediction")
def _inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = Fr(rng.choice([2, 3, 4, 5, 6, 8, 12]))
    b = Fr(rng.choice([20, 30, 40, 50, 60]))
    x0 = rng.randint(3, 15)
    target = a * x0 + b
    ctx = rng.choice([("전기차 충전소 수", "연도(2020년을 0으로 함)", "개", "몇 년"),
                      ("구독자 수(천 명)", "영상을 올린 개월 수", "천 명", "몇 개월 째"),
                      ("나무의 키(cm)", "심은 뒤 지난 해 수", "cm", "몇 년 후"),
                      ("도서관 누적 대출 권수(백 권)", "개관 후 지난 주 수", "백 권", "몇 주 후")])
    yl, xl, yu, when = ctx
    text = rng.choice([
        f"{yl}를 y, {xl}를 x라 할 때, 자료의 추세선이 {_line_txt(a, b, st)}이다. 이 추세가 계속된다면 y가 {_n(target)}에 이르는 것은 x가 얼마일 때인지 {_end(rng)}",
        f"공학 도구로 구한 추세선 {_line_txt(a, b, st)} (x: {xl}, y: {yl})를 이용하여, y의 값이 {_n(target)}가 되는 x의 값을 예측하시오.",
    ]).replace(f"{yl}를", josa(yl, "을/를")).replace(f"{xl}를", josa(xl, "을/를")).replace(f"{_n(target)}가", josa(_n(target), "이/가"))
    del when, yu
    return Problem(text=text, answer=str(x0), format="word", difficulty=2, achievement_level="D", concepts=["추세선"],
                   check=lambda: sp.solve(sp.Eq(a * sp.Symbol("x") + b, target), sp.Symbol("x")) == [x0])


@family(P42, "signed-errors-cancel")
def _signed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # data symmetric about a flat line: signed errors cancel although the line misses the trend
    xs = [1, 2, 3, 4, 5]
    a = rng.choice([2, 3, 4])
    c = rng.randint(1, 6)
    ys = [a * x + c for x in xs]
    flat = Fr(sum(ys), 5)
    e_flat = [y - flat for y in ys]
    b2 = c + rng.choice([-1, 1])
    e_good = [y - (a * x + b2) for x, y in zip(xs, ys, strict=True)]
    tbl = "x | " + " | ".join(map(str, xs)) + "\ny | " + " | ".join(map(str, ys))
    l1, l2 = _line_txt(Fr(0), flat, st), _line_txt(Fr(a), Fr(b2), st)
    text = (f"다음 자료에 대하여 추세선 후보 (가) {l1}, (나) {josa(l2, '이/가')} 있다.\n{tbl}\n"
            f"(1) 각 추세선에 대하여 (실제 값 − 예측값)의 합을 구하시오.\n(2) 각 추세선에 대하여 (실제 값 − 예측값)의 제곱의 합을 구하시오.\n"
            f"(3) 추세선의 좋고 나쁨을 판단할 때 (1)보다 (2)를 사용해야 하는 이유를 설명하시오.")
    ans = (f"(1) (가) {_n(sum(e_flat))}, (나) {_n(sum(e_good))} (2) (가) {_n(sum(e * e for e in e_flat))}, (나) {_n(sum(e * e for e in e_good))} "
           f"(3) 오차의 부호가 달라 서로 지워지면 합이 0이어도 추세선이 자료와 크게 어긋날 수 있으므로, 제곱하여 모두 양수로 만든 뒤 더해야 한다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["추세선"], also=[P43],
                   check=lambda: sum(e_flat) == 0 and sum(e * e for e in e_flat) > sum(e * e for e in e_good))


# =================================================================================================
# 12인수04-03 손실함수와 최적화된 추세선 (y = ax 꼴, 일변수 손실함수)
# =================================================================================================
_A = sp.Symbol("a")


def _loss_data(rng: random.Random, n: int | None = None, nice: bool = True) -> tuple[list[int], list[int], Fr]:
    n = n or rng.choice([2, 3, 3, 4])
    while True:
        xs = sorted(rng.sample(range(1, 7), n))
        k = rng.choice([1, 2, 3, 4])
        ys = [k * x + rng.choice([-1, 0, 1, 2]) for x in xs]
        if any(y <= 0 for y in ys):
            continue
        best = Fr(sum(x * y for x, y in zip(xs, ys, strict=True)), sum(x * x for x in xs))
        if not nice or best.denominator in (1, 2, 4, 5, 10):
            return xs, ys, best


def _loss_expr(xs: list[int], ys: list[int]) -> sp.Expr:
    return sp.expand(sum((y - _A * x) ** 2 for x, y in zip(xs, ys, strict=True)))


def _pts_txt(xs: list[int], ys: list[int]) -> str:
    return ", ".join(f"({x}, {y})" for x, y in zip(xs, ys, strict=True))


def _L(st: str, arg: str = "a") -> str:
    return _w(f"L({arg})", st)


def _loss_def(st: str) -> str:
    if st == "latex":
        return "$L(a)$ = (각 점에서 (실제 값 − 예측값)²의 합)"
    return "L(a) = (각 점에서 (실제 값 − 예측값)²의 합)"


@family(P43, "loss-value")
def _loss_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, _ = _loss_data(rng, nice=False)
    a0 = rng.choice([1, 2, 3, Fr(3, 2), Fr(5, 2)])
    val = sum((y - a0 * x) ** 2 for x, y in zip(xs, ys, strict=True))
    text = rng.choice([
        f"세 학생이 모은 자료 {_pts_txt(xs, ys)}에 대하여 추세선 {_w('y=ax', st)}의 손실함수를 {_loss_def(st)}로 정하였다. a = {_n(a0)}일 때 "
        f"손실함수의 값 {josa(_L(st, _n(a0)), '을/를')} {_end(rng)}".replace("세 학생이", rng.choice(["세 학생이", "동아리에서", "한 모둠이"])),
        f"점 {_pts_txt(xs, ys)}에 대하여 직선 {josa(_line_txt(Fr(a0), Fr(0), st), '으로/로')} 예측할 때, 각 점에서 (실제 값 − 예측값)의 제곱을 모두 더한 손실을 {_end(rng)}",
    ])
    return Problem(text=text, answer=_n(val), format="computation", difficulty=2, achievement_level="D", concepts=["손실함수", "추세선"],
                   check=lambda: _loss_expr(xs, ys).subs(_A, _R(a0)) == _R(val))


@family(P43, "loss-expand")
def _loss_expand(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, _ = _loss_data(rng, n=rng.choice([2, 3]), nice=False)
    e = _loss_expr(xs, ys)
    p = sp.Poly(e, _A)
    c2, c1, c0 = (int(c) for c in p.all_coeffs())
    text = rng.choice([
        f"세 점 {_pts_txt(xs, ys)}에 대하여 추세선을 {_w('y=ax', st)}로 정할 때, 손실함수 {_L(st)}를 각 점에서의 (실제 값 − 예측값)²의 합으로 정의한다. "
        f"{_L(st)}를 a에 대한 이차식으로 나타내시오.".replace("세 점", f"{len(xs)}개의 점"),
        f"자료 {_pts_txt(xs, ys)}와 추세선 {_w('y=ax', st)}에 대한 손실함수가 {_L(st)} = {_w('pa^{2}+qa+r', st) if st == 'latex' else 'pa² + qa + r'}일 때, "
        f"상수 p, q, r의 값을 {_end(rng)}",
    ])
    ans = nmath(e, st) if "이차식" in text else f"p = {c2}, q = {c1}, r = {c0}"
    fmt = "computation" if "이차식" in text else "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C", concepts=["손실함수"],
                   check=lambda: sp.expand(sum((y - _A * x) ** 2 for x, y in zip(xs, ys, strict=True)) - (c2 * _A ** 2 + c1 * _A + c0)) == 0)


@family(P43, "loss-minimizer")
def _loss_min(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, best = _loss_data(rng)
    e = _loss_expr(xs, ys)
    mn = e.subs(_A, sp.Rational(best.numerator, best.denominator))
    mode = rng.choice(["a", "both", "line"])
    ctx = rng.choice(["", " (x: 택배 상자의 무게(kg), y: 배송비(천 원))", " (x: 공부 시간(시간), y: 맞힌 문제 수(개))",
                      " (x: 자전거로 달린 시간(시간), y: 달린 거리(km))"])
    base = f"자료 {_pts_txt(xs, ys)}{ctx}에 대하여"
    base = base + f" 추세선 {_w('y=ax', st)}의 손실함수 {_L(st)}를 각 점에서의 (실제 값 − 예측값)²의 합으로 정할 때, "
    if mode == "a":
        text = base + f"{_L(st)}를 최소로 하는 a의 값을 {_end(rng)}"
        ans = _n(best)
    elif mode == "both":
        text = base + f"{_L(st)}의 최솟값과 그때의 a의 값을 차례로 {_end(rng)}"
        ans = f"{nmath(mn, st)}, {_n(best)}"
    else:
        text = base + f"손실이 가장 작은 추세선의 식을 {_end(rng)}"
        ans = _line_txt(best, Fr(0), st)
    return Problem(text=text, answer=ans, format="word" if ctx else "computation", difficulty=3, achievement_level="C",
                   concepts=["손실함수", "추세선"], also=[],
                   check=lambda: sp.solve(sp.diff(e, _A), _A) == [sp.Rational(best.numerator, best.denominator)])


@family(P43, "compare-candidate-slopes")
def _cand(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, _ = _loss_data(rng, nice=False)
    cands = sorted(rng.sample([Fr(1), Fr(3, 2), Fr(2), Fr(5, 2), Fr(3), Fr(4)], 3))
    vals = [sum((y - c * x) ** 2 for x, y in zip(xs, ys, strict=True)) for c in cands]
    if len(set(vals)) < 3:
        return _cand(rng)
    j = vals.index(min(vals))
    tbl = "x | " + " | ".join(map(str, xs)) + "\ny | " + " | ".join(map(str, ys))
    lines = ", ".join(_line_txt(c, Fr(0), st) for c in cands)
    text = rng.choice([
        f"다음 자료에 대하여 세 추세선 {lines}의 손실(각 점에서 (실제 값 − 예측값)²의 합)을 각각 구하고, 손실이 가장 작은 추세선을 {_end(rng, '쓰')}\n{tbl}",
        f"{tbl}\n위 자료에 대하여 추세선 {_w('y=ax', st)}의 a의 값으로 {', '.join(_n(c) for c in cands)} 중 하나를 고르려고 한다. "
        f"손실함수 {_L(st)}의 값을 비교하여 가장 알맞은 a의 값을 {_end(rng)}",
    ])
    ans = ", ".join(_n(v) for v in vals) + f"; {_line_txt(cands[j], Fr(0), st) if '추세선을' in text else _n(cands[j])}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["손실함수", "추세선"],
                   check=lambda: [_loss_expr(xs, ys).subs(_A, _R(c)) for c in cands] == [_R(v) for v in vals])


@family(P43, "optimal-line-predict")
def _opt_predict(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, best = _loss_data(rng)
    x0 = max(xs) + rng.randint(1, 4)
    ctx = rng.choice([("사용한 전력(kWh)", "전기 요금(천 원)"), ("인쇄한 쪽수(백 쪽)", "사용한 토너의 양(g)"),
                      ("걸은 시간(시간)", "걸음 수(천 보)"), ("작업한 시간(시간)", "만든 부품 수(십 개)")])
    text = (f"x를 {ctx[0]}, y를 {ctx[1]}라 할 때 자료 (x, y)가 {_pts_txt(xs, ys)}이다. 원점을 지나는 추세선 {_w('y=ax', st)} 중에서 손실함수 "
            f"(각 점에서 (실제 값 − 예측값)²의 합)를 최소로 하는 것을 찾아, x = {x0}일 때의 y의 값을 예측하시오.")
    return Problem(text=text, answer=_n(best * x0), format="word", difficulty=4, achievement_level="B",
                   concepts=["손실함수", "추세선"], also=[P42],
                   check=lambda: sp.solve(sp.diff(_loss_expr(xs, ys), _A), _A)[0] * x0 == _R(best * x0))


@family(P43, "mean-squared-error")
def _mse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, _ = _loss_data(rng, n=rng.choice([3, 4]), nice=False)
    a0 = rng.choice([1, 2, 3])
    sq = [(y - a0 * x) ** 2 for x, y in zip(xs, ys, strict=True)]
    mse = Fr(sum(sq), len(xs))
    tbl = "x | " + " | ".join(map(str, xs)) + "\n실제 값 y | " + " | ".join(map(str, ys)) + "\n예측값 | " + " | ".join(
        "( )" for _ in xs) + "\n오차의 제곱 | " + " | ".join("( )" for _ in xs)
    text = (f"추세선 {_w(f'y={a0}x', st)}로 예측할 때, 다음 표의 빈칸을 채우고 오차의 제곱의 평균(평균제곱오차)을 {_end(rng)}\n{tbl}")
    ans = f"예측값 {', '.join(str(a0 * x) for x in xs)}; 오차의 제곱 {', '.join(map(str, sq))}; 평균 {_n(mse) if mse.denominator in (1, 2, 4, 5) else str(mse)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D", concepts=["손실함수"],
                   check=lambda: _loss_expr(xs, ys).subs(_A, a0) / len(xs) == sp.Rational(mse.numerator, mse.denominator))


@family(P43, "loss-graph-properties")
def _loss_props(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, best = _loss_data(rng)
    e = _loss_expr(xs, ys)
    mn = e.subs(_A, sp.Rational(best.numerator, best.denominator))
    st_true = [
        f"{_L(st)}의 그래프는 아래로 볼록한 포물선이다.",
        f"{_L(st)}는 a = {_n(best)}일 때 최솟값을 가진다.",
        f"모든 실수 a에 대하여 {_L(st)} ≥ 0이다." if st != "latex" else "모든 실수 a에 대하여 $L(a)\\ge 0$이다.",
        f"{_L(st)}의 최솟값은 {nmath(mn, st)}이다.",
    ]
    st_false = [
        f"{_L(st)}의 그래프는 위로 볼록한 포물선이다.",
        f"{_L(st)}는 a = {_n(best + 1)}일 때 최솟값을 가진다.",
        f"a의 값이 커질수록 {_L(st)}의 값은 항상 작아진다.",
        f"{_L(st)}의 최솟값은 0이다." if mn != 0 else f"{_L(st)}의 최솟값은 1이다.",
        f"{_L(st)}는 a에 대한 일차함수이다.",
    ]
    want = rng.random() < 0.5
    corr = rng.choice(st_true if want else st_false)
    ch = choices(rng, corr, st_false if want else st_true)
    text = (f"자료 {_pts_txt(xs, ys)}에 대하여 추세선 {_w('y=ax', st)}의 손실함수 {_L(st)}를 각 점에서의 (실제 값 − 예측값)²의 합으로 정하였다. "
            f"{_L(st)}에 대한 설명으로 {'옳은' if want else '옳지 않은'} 것은?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B", choice=ch, concepts=["손실함수"],
                   check=lambda: sp.Poly(e, _A).LC() > 0 and sp.solve(sp.diff(e, _A), _A) == [sp.Rational(best.numerator, best.denominator)])


@family(P43, "loss-complete-square-fill")
def _loss_square(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, best = _loss_data(rng, n=2)
    e = _loss_expr(xs, ys)
    p = sp.Poly(e, _A)
    c2 = int(p.LC())
    mn = e.subs(_A, sp.Rational(best.numerator, best.denominator))
    if st == "latex":
        form = "$L(a)=\\square\\,(a-\\square)^{2}+\\square$"
    else:
        form = "L(a) = □(a − □)² + □" if st == "unicode" else "L(a) = □(a - □)^2 + □"
    text = (f"두 점 {_pts_txt(xs, ys)}에 대한 추세선 {_w('y=ax', st)}의 손실함수가 {_L(st)} = {nmath(e, st)}이다. "
            f"이를 {form} 꼴로 나타낼 때 □ 안에 알맞은 수를 차례로 쓰고, 손실을 최소로 하는 추세선의 식을 {_end(rng)}")
    ans = f"{c2}, {_n(best)}, {nmath(mn, 'unicode')}; {_line_txt(best, Fr(0), st)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C", concepts=["손실함수", "추세선"],
                   check=lambda: sp.expand(c2 * (_A - sp.Rational(best.numerator, best.denominator)) ** 2 + mn - e) == 0)


# =================================================================================================
# 12인수04-04 경사하강법 (이차함수의 미분계수, 학습률, 반복 계산)
# =================================================================================================
_X = sp.Symbol("x")
D1 = "12미적Ⅰ-02-01"


def _quad(rng: random.Random) -> tuple[sp.Expr, int, int]:
    """f(x) = p(x - h)^2 + k with small integers, returned expanded, with p and h."""
    p = rng.choice([1, 1, 2, 3, Fr(1, 2)])
    h = rng.choice([-3, -2, -1, 1, 2, 3, 4, 5])
    k = rng.choice([0, 1, 2, 3, -1, 5])
    f = sp.expand(_R(p) * (_X - h) ** 2 + k)
    return f, p, h


def _fx(f: sp.Expr, st: str, var: str = "x") -> str:
    body = nmath(f, st)
    if var != "x":
        body = body.replace("x", var)
    return body


def _feq(name_: str, f: sp.Expr, st: str) -> str:
    """``$f(x)=x^{2}-2x$`` / ``f(x) = x² − 2x`` with the function name ``name_`` (e.g. ``f(x)``)."""
    if st == "latex":
        return f"${name_}={sp.latex(f)}$"
    return f"{name_} = {nmath(f, st)}"


def _gd_step(f: sp.Expr, x0: Fr, eta: Fr) -> Fr:
    d = sp.diff(f, _X).subs(_X, sp.Rational(x0.numerator, x0.denominator))
    return x0 - eta * Fr(int(sp.numer(d)), int(sp.denom(d)))


def _eta_txt(eta: Fr, st: str) -> str:
    return _n(eta)


@family(P44, "gd-one-step")
def _gd1(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, _, h = _quad(rng)
    x0 = Fr(h + rng.choice([-4, -3, -2, 2, 3, 4, 5]))
    eta = rng.choice([Fr(1, 10), Fr(1, 5), Fr(1, 4), Fr(1, 2), Fr(1, 20)])
    x1 = _gd_step(f, x0, eta)
    rule = (_w("x_{n+1}=x_{n}-\\eta f'(x_{n})", st) if st == "latex" else
            ("xₙ₊₁ = xₙ − η·f′(xₙ)" if st == "unicode" else "x(n+1) = x(n) - η × f'(x(n))"))
    text = rng.choice([
        f"함수 {_feq('f(x)', f, st)}의 최솟값을 경사하강법으로 찾으려고 한다. 처음 위치가 x = {_ns(x0, st)}, 학습률이 {_n(eta)}일 때, "
        f"{rule}을 한 번 적용한 다음 위치를 {_end(rng)}",
        f"경사하강법에서는 현재 위치의 미분계수에 학습률을 곱한 만큼 반대 방향으로 이동한다. 손실함수가 {_feq('f(x)', f, st)}이고, "
        f"현재 x = {_ns(x0, st)}, 학습률 η = {_n(eta)}일 때 한 번 이동한 후의 x의 값은?",
    ])
    return Problem(text=text, answer=_n(x1), format="computation", difficulty=2, achievement_level="D",
                   concepts=["경사하강법", "이차함수의 미분계수", "손실함수"], also=[D1],
                   check=lambda: _R(x0) - _R(eta) * sp.limit(
                       (f.subs(_X, _R(x0) + sp.Symbol("t")) - f.subs(_X, _R(x0))) / sp.Symbol("t"),
                       sp.Symbol("t"), 0) == _R(x1))


@family(P44, "gd-several-steps")
def _gd_many(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, p, h = _quad(rng)
    x0 = Fr(h + rng.choice([-4, -2, 2, 4, 6]))
    eta = rng.choice([Fr(1, 4), Fr(1, 10), Fr(1, 5)])
    k = rng.choice([2, 3])
    xs = [x0]
    for _ in range(k):
        xs.append(_gd_step(f, xs[-1], eta))
    text = rng.choice([
        f"{_feq('f(x)', f, st)}에 대하여 x = {_n(x0)}에서 시작하여 학습률 {_n(eta)}로 경사하강법을 {k}번 반복하였다. "
        f"각 단계에서의 x의 값을 차례로 {_end(rng)}",
        f"인공지능이 손실함수 {_feq('L(x)', f, st)}를 줄이기 위해 x의 값을 {_n(x0)}에서 시작하여 경사하강법으로 {k}번 갱신한다. "
        f"학습률이 {_n(eta)}일 때, {k}번 갱신한 후의 x의 값을 {_end(rng)}",
    ])
    ans = ", ".join(_n(v) for v in xs[1:]) if "차례로" in text else _n(xs[-1])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["경사하강법", "이차함수의 미분계수"], also=[D1],
                   check=lambda: xs[-1] - h == (1 - 2 * Fr(p) * eta) ** k * (x0 - h))


@family(P44, "derivative-by-limit")
def _deriv_limit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, _, _ = _quad(rng)
    a = rng.choice([-2, -1, 0, 1, 2, 3])
    d = sp.diff(f, _X).subs(_X, a)
    hh = sp.Symbol("h")
    lim = (_w(f"\\lim_{{h \\to 0}}\\frac{{f({a}+h)-f({a})}}{{h}}", st) if st == "latex" else
           f"lim(h→0) {{f({a}+h) − f({a})}}/h" if st == "unicode" else f"lim(h->0) (f({a}+h) - f({a}))/h")
    fpa = _w(f"f'({a})", st)
    mode = rng.choice(["limit", "secant"])
    if mode == "limit":
        text = rng.choice([
            f"함수 {_feq('f(x)', f, st)}의 x = {a}에서의 미분계수 {fpa} = {lim}의 값을 {_end(rng)}",
            f"경사하강법에서 사용하는 기울기를 구하려고 한다. {_feq('f(x)', f, st)}일 때 {lim}의 값을 {_end(rng)}",
        ])
        ans = str(d)
        dd = 2
        def chk() -> bool:
            return sp.limit((f.subs(_X, a + hh) - f.subs(_X, a)) / hh, hh, 0) == d
        fmt = "computation"
    else:
        hs = [Fr(1, 10), Fr(1, 100), Fr(1, 1000)]
        vals = [(f.subs(_X, sp.Rational(a) + sp.Rational(h.numerator, h.denominator)) - f.subs(_X, a)) / sp.Rational(h.numerator, h.denominator) for h in hs]
        tbl = "h | 0.1 | 0.01 | 0.001\n(f(a+h) − f(a))/h | ( ) | ( ) | ( )".replace("a", str(a))
        text = (f"{_feq('f(x)', f, st)}에 대하여 다음 표를 완성하고, h가 0에 가까워질 때 이 값이 가까워지는 수, 즉 x = {a}에서의 "
                f"미분계수를 추측하여 {_end(rng, '쓰')}\n{tbl}")
        ans = ", ".join(_n(Fr(str(v))) for v in vals) + f"; {d}"
        dd = 3
        def chk() -> bool:
            return sp.limit((f.subs(_X, a + hh) - f.subs(_X, a)) / hh, hh, 0) == d
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=dd, achievement_level=secondary_level(dd),
                   concepts=["함수의 극한", "이차함수의 미분계수"], also=[D1], check=chk)


@family(P44, "learning-rate-effect")
def _lr_effect(rng: random.Random) -> Problem:
    h = rng.choice([1, 2, 3, -1])
    f = sp.expand((_X - h) ** 2)
    x0 = Fr(h + rng.choice([2, 4, -2]))
    etas = [Fr(1, 10), Fr(1, 2), Fr(1), Fr(6, 5)]
    rows = []
    for eta in etas:
        x = x0
        seq = [x]
        for _ in range(3):
            x = _gd_step(f, x, eta)
            seq.append(x)
        rows.append(seq)
    mode = rng.choice(["mcq", "data"])
    st = pick_style(rng)
    if mode == "data":
        j = rng.randrange(4)
        text = (f"{_feq('f(x)', f, st)}의 최솟값을 찾기 위해 x = {_n(x0)}에서 시작하여 경사하강법을 3번 적용하려고 한다. "
                f"학습률이 {_n(etas[j])}일 때 x의 값의 변화를 차례로 쓰고, 이 학습률이 적절한지 판단하시오.")
        seq = rows[j]
        verdict = {0: "적절하다(천천히 최솟값을 주는 x에 가까워진다)", 1: "적절하다(한 번에 최솟값을 주는 x에 도달한다)",
                   2: "적절하지 않다(같은 두 값 사이를 오간다)", 3: "적절하지 않다(최솟값을 주는 x에서 점점 멀어진다)"}[j]
        ans = ", ".join(_n(v) for v in seq[1:]) + f"; {verdict}"
        return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                       concepts=["경사하강법", "이차함수의 미분계수"], check=lambda: rows[1][1] == h and abs(rows[3][3] - h) > abs(x0 - h))
    corr = "학습률이 너무 크면 최솟값을 주는 x를 지나쳐 값이 발산할 수 있다."
    dis = ["학습률이 클수록 항상 더 빨리 최솟값에 도달한다.", "학습률은 0보다 작게 정해야 한다.",
           "학습률을 바꾸어도 이동하는 거리는 변하지 않는다.", "학습률이 작을수록 최솟값을 지나칠 가능성이 커진다.",
           "학습률이 1보다 작으면 반드시 한 번에 최솟값에 도달한다."]
    ch = choices(rng, corr, dis)
    text = (f"{_feq('f(x)', f, st)}에 대하여 x = {_n(x0)}에서 시작하여 학습률 0.1, 0.5, 1, 1.2로 경사하강법을 3번씩 적용한 결과는 다음과 같다.\n"
            + "\n".join(f"학습률 {_n(e)}: " + " → ".join(_n(v) for v in r) for e, r in zip(etas, rows, strict=True))
            + f"\n이 결과로부터 알 수 있는 것으로 옳은 것은?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["경사하강법"], check=lambda: abs(rows[3][3] - h) > abs(x0 - h))


@family(P44, "gd-on-loss-function")
def _gd_loss(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, ys, _ = _loss_data(rng, n=2, nice=False)
    L = _loss_expr(xs, ys)
    a0 = Fr(rng.choice([0, 1, 2, 3, 4]))
    sx2 = sum(x * x for x in xs)
    eta = rng.choice([Fr(1, 100), Fr(1, 50), Fr(1, 20)]) if sx2 > 20 else rng.choice([Fr(1, 20), Fr(1, 10)])
    dL = sp.diff(L, _A).subs(_A, sp.Rational(a0.numerator, a0.denominator))
    a1 = a0 - eta * Fr(int(dL))
    text = (f"두 점 {_pts_txt(xs, ys)}에 대한 추세선 {_w('y=ax', st)}의 손실함수가 {_feq('L(a)', L, st)}이다. "
            f"a = {_n(a0)}에서 시작하여 학습률 {_n(eta)}로 경사하강법을 한 번 적용할 때, a = {_n(a0)}에서 {_L(st)}의 미분계수와 갱신된 a의 값을 차례로 {_end(rng)}")
    return Problem(text=text, answer=f"{dL}, {_n(a1)}", format="word", difficulty=4, achievement_level="B",
                   concepts=["경사하강법", "손실함수", "이차함수의 미분계수"], also=[P43],
                   check=lambda: _R(a0) - _R(eta) * sp.diff(_loss_expr(xs, ys), _A).subs(
                       _A, _R(a0)) == _R(a1))


@family(P44, "move-direction")
def _direction(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, _, h = _quad(rng)
    x0 = h + rng.choice([-3, -2, -1, 1, 2, 3])
    d = sp.diff(f, _X).subs(_X, x0)
    sign = "양수" if d > 0 else "음수"
    way = "감소" if d > 0 else "증가"
    text = rng.choice([
        f"{_feq('f(x)', f, st)}의 최솟값을 경사하강법으로 찾고 있다. 현재 x = {x0}일 때, 다음 (  ) 안에 알맞은 말이나 수를 써넣으시오.\n"
        f"x = {x0}에서의 미분계수는 ( ㉠ )이고 ( ㉡ )이므로, 다음 단계에서 x의 값은 ( ㉢ )한다.",
        f"경사하강법에서 현재 위치 x = {x0}에서 손실함수 {_feq('f(x)', f, st)}의 미분계수를 구하고, 다음 단계에서 x의 값이 "
        f"증가하는지 감소하는지 {_end(rng, '쓰')} (단, 학습률은 양수이다.)",
    ])
    ans = f"㉠ {d}, ㉡ {sign}, ㉢ {way}" if "㉠" in text else f"{d}, {way}"
    return Problem(text=text, answer=ans, format="fill" if "㉠" in text else "word", difficulty=2, achievement_level="D",
                   concepts=["경사하강법", "이차함수의 미분계수"],
                   check=lambda: (sp.diff(f, _X).subs(_X, x0) > 0) == (x0 > h))


@family(P44, "gd-table-fill")
def _gd_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, _, h = _quad(rng)
    x0 = Fr(h + rng.choice([-4, 4, 6, -2]))
    eta = rng.choice([Fr(1, 4), Fr(1, 5), Fr(1, 10)])
    rows = []
    x = x0
    for n_ in range(3):
        d = sp.diff(f, _X).subs(_X, _R(x))
        nx = x - eta * Fr(str(d))
        rows.append((n_, x, Fr(str(d)), nx))
        x = nx
    fp = _w("f'(x_{n})", st) if st == "latex" else ("f′(xₙ)" if st == "unicode" else "f'(x_n)")
    xn = _w("x_{n}", st) if st == "latex" else ("xₙ" if st == "unicode" else "x_n")
    tbl = f"n | {xn} | {fp} | 다음 위치\n" + "\n".join(
        f"{r[0]} | {_n(r[1]) if r[0] == 0 else '( )'} | ( ) | ( )" for r in rows)
    text = (f"{_feq('f(x)', f, st)}에 대하여 학습률 {_n(eta)}로 경사하강법을 적용한 과정을 표로 나타내려고 한다. 빈칸을 알맞게 채우시오.\n{tbl}")
    ans = " / ".join(f"n={r[0]}: {_n(r[1])}, {_n(r[2])}, {_n(r[3])}" for r in rows)
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["경사하강법", "이차함수의 미분계수"],
                   check=lambda: all(r[3] == r[1] - eta * r[2] for r in rows))


@family(P44, "gd-steps-to-tolerance")
def _gd_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    h = rng.choice([1, 2, 3, 5])
    p = rng.choice([1, 2])
    f = sp.expand(p * (_X - h) ** 2)
    eta = rng.choice([Fr(1, 4), Fr(1, 8)]) if p == 1 else rng.choice([Fr(1, 8), Fr(1, 16)])
    r = 1 - 2 * p * eta
    x0 = Fr(h + rng.choice([8, 16, 32]))
    tol = rng.choice([Fr(1), Fr(1, 2)])
    x = x0
    n = 0
    while abs(x - h) >= tol:
        x = _gd_step(f, x, eta)
        n += 1
    text = (f"{_feq('f(x)', f, st)}의 최솟값을 주는 x를 x = {_n(x0)}에서 시작하여 학습률 {_n(eta)}의 경사하강법으로 찾는다. "
            f"x의 값과 {h} 사이의 거리가 처음으로 {_n(tol)}보다 작아지는 것은 몇 번 반복한 후인지 {_end(rng)}")
    text = text.replace(f"{_n(tol)}보다", f"{_n(tol)}보다")
    return Problem(text=text, answer=f"{n}번", format="word", difficulty=5, achievement_level="A",
                   concepts=["경사하강법", "이차함수의 미분계수"],
                   check=lambda: abs(x0 - h) * r ** n < tol <= abs(x0 - h) * r ** (n - 1))


# =================================================================================================
# 12인수05-01 인공지능이 수학적 원리로 실생활 문제를 합리적으로 해결하는 사례 (의사 결정과 윤리)
# =================================================================================================
@family(E51, "route-choice-navigation")
def _route(rng: random.Random) -> Problem:
    routes = []
    for lab in "ABC":
        dist = rng.randint(4, 15)
        speed = rng.choice([20, 30, 40, 60])
        wait = rng.choice([0, 2, 4, 6])
        routes.append((lab, dist, speed, wait))
    times = [Fr(d * 60, s) + w for _, d, s, w in routes]
    while len(set(times)) < 3:
        return _route(rng)
    best = times.index(min(times))
    tbl = "경로 | 거리(km) | 예상 평균 속력(km/h) | 신호 대기 예상(분)\n" + "\n".join(
        f"{lab} | {d} | {s} | {w}" for lab, d, s, w in routes)
    who = rng.choice(["내비게이션 인공지능", "배달 로봇의 경로 안내 시스템", "버스 운행 관리 인공지능"])
    text = rng.choice([
        f"{josa(who, '은/는')} 실시간 교통 자료로 각 경로의 예상 평균 속력과 신호 대기 시간을 예측한다.\n{tbl}\n각 경로의 예상 소요 시간(분)을 구하고, "
        f"인공지능이 추천할 경로를 {_end(rng, '쓰')}",
        f"다음은 {who}이 예측한 세 경로의 정보이다.\n{tbl}\n(소요 시간) = (거리 ÷ 속력을 분으로 나타낸 값) + (신호 대기 시간)일 때, 가장 빨리 도착하는 경로와 그 소요 시간을 {_end(rng)}",
    ]).replace(f"{who}이 예측", f"{josa(who, '이/가')} 예측")
    ans = ", ".join(f"{r[0]} {_n(t)}분" for r, t in zip(routes, times, strict=True)) + f"; {routes[best][0]}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=[],
                   check=lambda: min(range(3), key=lambda i: sp.Rational(routes[i][1] * 60, routes[i][2]) + routes[i][3]) == best)


@family(E51, "expected-loss-decision")
def _exp_loss(rng: random.Random) -> Problem:
    p = rng.choice([Fr(1, 5), Fr(3, 10), Fr(2, 5), Fr(1, 2), Fr(3, 5), Fr(7, 10)])
    sit = rng.choice([
        ("비가 올", "우산을 챙기는", "챙기지 않았는데 비가 오면", rng.choice([10000, 15000, 20000]), rng.choice([3000, 4000, 5000, 6000]),
         ("우산을 챙기지", "우산을 챙긴다", "우산을 챙기지 않는다")),
        ("기계가 고장 날", "미리 점검하는", "점검하지 않았는데 고장 나면", rng.choice([500, 800, 1000]), rng.choice([100, 150, 200, 300]),
         ("미리 점검하지", "미리 점검한다", "점검하지 않는다")),
        ("택배 상자가 파손될", "보험에 드는", "보험 없이 파손되면", rng.choice([30000, 50000]), rng.choice([5000, 8000, 12000]),
         ("보험에 들지", "보험에 든다", "보험에 들지 않는다")),
    ])
    ev, act, bad, loss, cost, (neg, do, dont) = sit
    unit = "만 원" if ev == "기계가 고장 날" else "원"
    exp_no = p * loss
    choose = "한다" if cost < exp_no else "하지 않는다"
    if cost == exp_no:
        cost += 100 if unit == "원" else 10
        choose = "하지 않는다"
    text = rng.choice([
        f"인공지능이 과거 자료를 분석하여 내일 {ev} 확률을 {josa(_n(p), '으로/로')} 예측하였다. {act} 데에는 {cost:,}{unit}의 비용이 들고, {bad} {loss:,}{unit}의 손해를 본다. "
        f"{neg} 않을 때 예상되는 손해(확률 × 손해 금액)를 구하고, 비용과 비교하여 합리적인 결정을 {_end(rng, '쓰')}",
        f"{ev} 확률이 {josa(_n(p), '으로/로')} 예측되었다. {act} 비용은 {cost:,}{unit}, {bad} 생기는 손해는 {loss:,}{unit}이다. (확률) × (손해)로 구한 예상 손해와 비용을 비교할 때, "
        f"{act} 것이 합리적인지 판단하시오.",
    ])
    ans = f"예상 손해 {_n(exp_no)}{unit}, {do if choose == '한다' else dont}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["확률"], also=[P41],
                   check=lambda: (cost < sp.Rational(p.numerator, p.denominator) * loss) == (choose == "한다"))


@family(E51, "demand-forecast-preparation")
def _demand(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = Fr(rng.choice([-20, -15, -10, 10, 12, 15, 20]))
    b = Fr(rng.choice([300, 400, 500, 600]))
    x0 = rng.randint(3, 10)
    pred = a * x0 + b
    extra = rng.choice([5, 10])
    ctx = rng.choice([("급식 잔반을 줄이기 위해", "기온 x(°C)", "급식 신청 인원 y(명)", "인분"),
                      ("음식물 쓰레기를 줄이기 위해", "개점 후 지난 주 수 x(주)", "주간 빵 판매량 y(개)", "개"),
                      ("전력 낭비를 줄이기 위해", "시각 x(시)", "전력 수요 y(kW)", "kW")])
    goal, xl, yl, u = ctx
    text = (f"{goal} 인공지능이 자료를 분석하여 {xl}와 {yl} 사이의 추세선 {josa(_line_txt(a, b, st), '을/를')} 구하였다. 내일 x = {josa(str(x0), '으로/로')} 예상될 때, "
            f"예측값보다 {extra} % 더 준비하기로 하였다. 준비할 양은 몇 {u}인지 {_end(rng)} (단, 소수점 아래는 올림한다.)").replace(f"{xl}와", josa(xl, "과/와"))
    need = Fr(pm.ceil(pred * Fr(100 + extra, 100)))
    ans = _n(need)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["추세선"], also=[P42],
                   check=lambda: sp.ceiling((a * x0 + b) * sp.Rational(100 + extra, 100)) == _R(need))


@family(E51, "fairness-approval-rate")
def _approval(rng: random.Random) -> Problem:
    g = rng.choice([("20대 지원자", "50대 지원자"), ("수도권 학생", "비수도권 학생"), ("남성 지원자", "여성 지원자")])
    n1, n2 = rng.choice([100, 200, 400]), rng.choice([50, 100, 200])
    r1, r2 = rng.choice([60, 70, 80]), rng.choice([30, 40, 50, 60])
    a1, a2 = n1 * r1 // 100, n2 * r2 // 100
    ratio = Fr(r2, r1)
    ok = ratio >= Fr(4, 5)
    what = rng.choice(["장학금 심사", "대출 심사", "채용 서류 심사", "동아리 선발"])
    tbl = f"집단 | 지원자 수 | 통과자 수\n{g[0]} | {n1} | {a1}\n{g[1]} | {n2} | {a2}"
    text = (f"어느 기관이 {what}에 인공지능을 사용하였다.\n{tbl}\n두 집단의 통과율을 각각 구하고, (낮은 통과율) ÷ (높은 통과율)이 0.8보다 작으면 "
            f"공정성을 다시 검토하는 기준에 따라 검토가 필요한지 판단하시오.")
    lo, hi = sorted([Fr(r1), Fr(r2)])
    ok = lo / hi >= Fr(4, 5)
    ans = f"{g[0]} {r1}%, {g[1]} {r2}%, 비율 {_dec(lo / hi)}; {'검토 필요 없음' if ok else '검토 필요'}"
    del ratio
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=[],
                   check=lambda: (min(sp.Rational(a1, n1), sp.Rational(a2, n2)) / max(sp.Rational(a1, n1), sp.Rational(a2, n2)) >= sp.Rational(4, 5)) == ok)


@family(E51, "bike-rebalancing")
def _bikes(rng: random.Random) -> Problem:
    stations = rng.sample(["시청역", "학교 앞", "공원 입구", "도서관", "시장", "체육관"], 4)
    have = [rng.randint(3, 25) for _ in stations]
    pred = [rng.randint(3, 25) for _ in stations]
    short = [max(0, p - h) for h, p in zip(have, pred, strict=True)]
    surplus = [max(0, h - p) for h, p in zip(have, pred, strict=True)]
    tbl = "대여소 | 현재 자전거 수 | 내일 아침 예측 대여 수\n" + "\n".join(
        f"{s} | {h} | {p}" for s, h, p in zip(stations, have, pred, strict=True))
    text = (f"공공 자전거 관리 인공지능이 내일 아침의 대여 수를 예측하였다.\n{tbl}\n예측 대여 수보다 자전거가 모자라는 대여소에는 남는 대여소에서 "
            f"자전거를 옮겨 채우려고 한다. 모자라는 자전거의 총수와 남는 자전거의 총수를 각각 구하고, 옮겨야 할 자전거는 최소 몇 대인지 {_end(rng)}")
    move = min(sum(short), sum(surplus))
    ans = f"모자람 {sum(short)}대, 남음 {sum(surplus)}대, {move}대"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=[],
                   check=lambda: sum(short) - sum(surplus) == sum(pred) - sum(have))


_RATIONAL = [
    "과거 10년간의 강수 자료와 실시간 기상 자료를 분석하여 댐의 방류량을 미리 조절한다.",
    "교통량 예측을 바탕으로 출퇴근 시간에 신호등 주기를 조절하여 정체를 줄인다.",
    "전력 사용량의 추세를 분석하여 사용이 적은 시간대에 전기차를 충전하도록 안내한다.",
    "작물 사진을 분석하여 병든 잎이 발견된 구역에만 농약을 뿌려 사용량을 줄인다.",
    "지역별 미세먼지 예측값을 이용하여 실외 체육 수업 여부를 미리 결정한다.",
]
_IRRATIONAL = [
    "한 지역의 자료만으로 학습한 모형을 검증 없이 전국의 대출 심사에 그대로 사용한다.",
    "지원자의 출신 지역을 합격 여부를 정하는 입력값으로 사용한다.",
    "최근 3일의 판매량만 보고 다음 1년 동안의 생산량을 정한다.",
    "특정 성별의 자료가 대부분인 데이터로 학습한 얼굴 인식기를 모든 사람에게 사용한다.",
    "예측이 틀린 사례를 확인하지 않고 인공지능의 판단을 그대로 따르도록 한다.",
]


@family(E51, "rational-decision-case-choice")
def _rational_case(rng: random.Random) -> Problem:
    want = rng.choice(["합리적", "비합리적"])
    pool, other = (_RATIONAL, _IRRATIONAL) if want == "합리적" else (_IRRATIONAL, _RATIONAL)
    corr = rng.choice(pool)
    ch = choices(rng, corr, other)
    text = rng.choice([f"다음 중 인공지능을 활용한 {want}인 의사 결정 사례로 가장 적절한 것은?\n{ch.block}",
                       f"인공지능이 데이터의 경향성과 수학적 원리를 바탕으로 문제를 해결한 사례를 조사하였다. 다음 중 "
                       f"{'데이터와 근거에 바탕을 둔 합리적인' if want == '합리적' else '편향이나 근거 부족으로 비합리적이거나 윤리적 문제가 있는'} 결정은?\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch, concepts=[],
                   check=lambda: ch.options[ch.correct] in pool)


@family(E51, "weighted-site-selection")
def _site(rng: random.Random) -> Problem:
    sites = rng.sample(["A 공원", "B 광장", "C 정류장", "D 도서관", "E 시장"], 3)
    crit = rng.choice([("유동 인구 점수", "접근성 점수", "설치 비용 점수"), ("수요 점수", "안전 점수", "환경 점수")])
    w = rng.choice([(5, 3, 2), (4, 4, 2), (6, 2, 2), (3, 5, 2)])
    while True:
        sc = [[rng.randint(1, 10) for _ in range(3)] for _ in sites]
        tot = [sum(wi * si for wi, si in zip(w, s, strict=True)) for s in sc]
        if tot.count(max(tot)) == 1:
            break
    j = tot.index(max(tot))
    what = rng.choice(["공공 와이파이 중계기", "전기차 충전소", "공유 킥보드 주차 구역", "무더위 쉼터"])
    tbl = f"후보지 | {' | '.join(crit)}\n" + "\n".join(f"{s} | {' | '.join(map(str, x))}" for s, x in zip(sites, sc, strict=True))
    text = (f"시청은 {josa(what, '을/를')} 설치할 장소를 인공지능으로 정하려고 한다. 인공지능은 각 점수에 가중치 {w[0]}, {w[1]}, {w[2]}를 곱하여 더한 "
            f"종합 점수가 가장 높은 곳을 추천한다.\n{tbl}\n각 후보지의 종합 점수와 추천 장소를 {_end(rng)}")
    ans = ", ".join(f"{s} {t}" for s, t in zip(sites, tot, strict=True)) + f"; {sites[j]}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["벡터"],
                   check=lambda: list(sp.Matrix(sc) * sp.Matrix(w)) == tot)


@family(E51, "energy-saving-rate")
def _energy(rng: random.Random) -> Problem:
    before = rng.choice([400, 500, 800, 1000, 1200])
    pct = rng.choice([10, 15, 20, 25, 30])
    after = before * (100 - pct) // 100
    cost = rng.choice([120, 150, 200])
    months = rng.choice([6, 12])
    saved = (before - after) * cost * months
    place = rng.choice(["학교 건물", "아파트 단지", "도서관", "스마트 농장"])
    text = rng.choice([
        f"{place}에 인공지능 냉난방 제어 시스템을 설치하였더니 한 달 전력 사용량이 {before} kWh에서 {after} kWh로 줄었다. 전력 사용량은 몇 % 줄었는지 구하고, "
        f"1 kWh당 요금이 {cost}원일 때 {months}개월 동안 절약되는 요금을 {_end(rng)}",
        f"인공지능이 {place}의 사용 패턴을 학습하여 전력 사용을 조절한 결과, 한 달 사용량이 {before} kWh에서 {pct} % 줄었다. 줄어든 후의 사용량과 "
        f"{months}개월 동안 절약한 요금을 {_end(rng)} (단, 1 kWh당 {cost}원)",
    ])
    ans = f"{pct}%, {saved:,}원" if "몇 %" in text else f"{after} kWh, {saved:,}원"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=[],
                   check=lambda: sp.Rational(before - after, before) * 100 == pct)


# =================================================================================================
# 12인수05-02 인공지능 관련 수학 주제 탐구 (정규화·표준화, 평균·표준편차, 신경망 매개변수 수, 거리, 경우의 수)
# =================================================================================================
@family(E52, "min-max-normalization")
def _minmax(rng: random.Random) -> Problem:
    st = pick_style(rng)
    feat, unit = rng.choice([("키", "cm"), ("몸무게", "kg"), ("수면 시간", "시간"), ("통학 거리", "km"), ("모의고사 점수", "점")])
    while True:
        lo = rng.randint(10, 150)
        span = rng.choice([10, 20, 40, 50, 80, 100])
        vals = sorted({lo, lo + span, *(lo + rng.randint(1, span - 1) for _ in range(3))})
        if len(vals) == 5:
            break
    rng.shuffle(vals)
    mn, mx = min(vals), max(vals)
    k = rng.randrange(5)
    while vals[k] in (mn, mx):
        k = rng.randrange(5)
    v = Fr(vals[k] - mn, mx - mn)
    fml = (_w("\\frac{x-(\\text{최솟값})}{(\\text{최댓값})-(\\text{최솟값})}", st) if st == "latex" else "(x − 최솟값) ÷ (최댓값 − 최솟값)")
    mode = rng.choice(["one", "all"])
    if mode == "one":
        text = (f"서로 단위가 다른 특징을 함께 학습시키기 위해 자료를 0과 1 사이의 값으로 바꾸는 최소-최대 정규화 {fml}를 사용한다. "
                f"학생 5명의 {feat}({unit})가 {', '.join(map(str, vals))}일 때, {vals[k]}{unit}를 정규화한 값을 {_end(rng)}").replace(
                    f"{feat}({unit})가", f"{feat}({unit})" + josa(feat, "이/가")[len(feat):]).replace(
                    f"{vals[k]}{unit}를", f"{vals[k]}{josa(unit, '을/를')}")
        ans = _dec(v, 3)
    else:
        text = (f"자료 {josa(', '.join(map(str, vals)), '을/를')} 최소-최대 정규화 {fml}로 바꾼 값을 차례로 {_end(rng)}")
        ans = ", ".join(_dec(Fr(x - mn, mx - mn), 3) for x in vals)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=[],
                   check=lambda: sp.Rational(vals[k] - min(vals), max(vals) - min(vals)) == sp.Rational(v.numerator, v.denominator))


def _nice_data(rng: random.Random, n: int) -> list[int]:
    """n integers whose mean is an integer and whose variance is a perfect square."""
    while True:
        m = rng.randint(5, 80)
        devs = [rng.randint(-6, 6) for _ in range(n - 1)]
        devs.append(-sum(devs))
        if abs(devs[-1]) > 9:
            continue
        var = Fr(sum(d * d for d in devs), n)
        if var.denominator == 1 and int(var) > 0 and pm.isqrt(int(var)) ** 2 == int(var):
            return [m + d for d in devs]


@family(E52, "mean-standard-deviation")
def _mean_sd(rng: random.Random) -> Problem:
    n = rng.choice([4, 5, 6])
    data = _nice_data(rng, n)
    mean = Fr(sum(data), n)
    var = Fr(sum((x - mean) ** 2 for x in data), n)
    sd = pm.isqrt(int(var))
    ctx = rng.choice(["인공지능 스피커가 하루 동안 받은 질문 수", "센서가 측정한 교실 소음(dB)", "학습 데이터 이미지의 밝기 평균",
                      "챗봇의 응답 시간(밀리초를 10으로 나눈 값)"])
    text = rng.choice([
        f"다음은 {ctx}를 기록한 자료이다.\n{', '.join(map(str, data))}\n데이터 전처리를 위해 이 자료의 평균과 표준편차를 {_end(rng)}",
        f"{ctx} 자료 {', '.join(map(str, data))}의 평균, 분산, 표준편차를 차례로 {_end(rng)}",
    ]).replace(f"{ctx}를", josa(ctx, "을/를"))
    ans = f"{_n(mean)}, {sd}" if "분산" not in text else f"{_n(mean)}, {_n(var)}, {sd}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=[],
                   check=lambda: sp.sqrt(sp.Rational(sum((x - sp.Rational(sum(data), n)) ** 2 for x in data), n)) == sd)


@family(E52, "z-score-standardize")
def _zscore(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([50, 60, 65, 70, 160, 500])
    s = rng.choice([4, 5, 8, 10, 20])
    zs = rng.sample([-2, Fr(-3, 2), -1, Fr(-1, 2), Fr(1, 2), 1, Fr(3, 2), 2], 2)
    xs = [m + z * s for z in zs]
    who = names(rng, 2)
    zf = _w("z=\\frac{x-m}{\\sigma}", st) if st == "latex" else "z = (x − m) ÷ σ"
    mode = rng.choice(["one", "compare"])
    if mode == "one":
        text = (f"평균이 m, 표준편차가 σ인 자료의 값 x를 {zf}로 바꾸는 것을 표준화라 한다. 평균이 {m}, 표준편차가 {s}인 자료에서 "
                f"x = {_n(xs[0])}을 표준화한 값을 {_end(rng)}").replace(f"x = {_n(xs[0])}을", f"x = {josa(_n(xs[0]), '을/를')}")
        ans = _n(zs[0])
    else:
        m2, s2 = m + rng.choice([5, 10, -5]), rng.choice([5, 10, 20])
        x2 = m2 + zs[1] * s2
        while zs[0] == zs[1]:
            zs[1] = zs[1] + 1
        text = (f"{who[0]}의 국어 점수는 {_n(xs[0])}점(평균 {m}점, 표준편차 {s}점), {who[1]}의 수학 점수는 {_n(x2)}점(평균 {m2}점, 표준편차 {s2}점)이다. "
                f"표준화한 값 {zf}를 비교할 때 상대적으로 더 잘한 사람을 {_end(rng, '쓰')}")
        z2 = Fr(Fr(x2) - m2, s2)
        ans = f"{_n(zs[0])}, {_n(z2)}; {who[0] if zs[0] > z2 else who[1]}"
        if zs[0] == z2:
            ans = f"{_n(zs[0])}, {_n(z2)}; 같다"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C", concepts=[],
                   check=lambda: sp.Rational(Fr(xs[0]) - m, s) == sp.Rational(Fr(zs[0]).numerator, Fr(zs[0]).denominator))


@family(E52, "nn-parameter-count")
def _params(rng: random.Random) -> Problem:
    layers = [rng.choice([2, 3, 4, 784, 16])]
    for _ in range(rng.choice([1, 2])):
        layers.append(rng.choice([3, 4, 5, 8, 10, 16]))
    layers.append(rng.choice([1, 2, 3, 10]))
    if layers[0] == 784:
        layers[-1] = 10
    w = sum(a * b for a, b in itertools.pairwise(layers))
    b = sum(layers[1:])
    desc = " → ".join(map(str, layers))
    text = rng.choice([
        f"층마다 노드 수가 {desc}인 신경망이 있다. 이웃한 두 층의 노드는 모두 서로 연결되어 있고 연결마다 가중치가 하나씩 있으며, 입력층을 제외한 각 노드에는 "
        f"편향이 하나씩 있다. 가중치와 편향의 개수를 각각 구하고, 학습해야 할 값은 모두 몇 개인지 {_end(rng)}",
        f"입력층 {layers[0]}개, " + ", ".join(f"{'첫째 ' if len(layers) > 3 and i == 0 else ('둘째 ' if i == 1 else '')}은닉층 {x}개"
                                          for i, x in enumerate(layers[1:-1])) + f", 출력층 {layers[-1]}개의 노드로 이루어진 완전 연결 신경망에서 "
        f"가중치의 개수와 편향의 개수를 각각 {_end(rng)} (단, 입력층을 제외한 각 노드에 편향이 하나씩 있다.)",
    ])
    ans = f"가중치 {w:,}개, 편향 {b}개" + (f", 모두 {w + b:,}개" if "모두" in text else "")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C", concepts=["행렬"],
                   check=lambda: sum(sp.zeros(x, y).shape[0] * sp.zeros(x, y).shape[1] for x, y in itertools.pairwise(layers)) == w)


@family(E52, "euclid-vs-manhattan")
def _manhattan(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 3])
    while True:
        a = [rng.randint(0, 8) for _ in range(k)]
        b = [rng.randint(0, 8) for _ in range(k)]
        if a != b:
            break
    man = sum(abs(x - y) for x, y in zip(a, b, strict=True))
    euc = sp.sqrt(sum((x - y) ** 2 for x, y in zip(a, b, strict=True)))
    ctx = rng.choice(["격자 모양 도로에서 배달 로봇이 이동하는 거리", "두 사용자의 취향 점수 벡터 사이의 거리", "두 학생의 과목별 점수 차이"])
    text = (f"탐구 주제 '{ctx}'를 정하고, 두 점 A{_vec(a, st)}, B{_vec(b, st)} 사이의 거리를 두 가지 방법으로 구하려고 한다. "
            f"유클리드 거리와 맨해튼 거리(각 성분의 차의 절댓값의 합)를 각각 {_end(rng)}").replace(f"'{ctx}'를", _qj(ctx, "을/를"))
    ans = f"유클리드 거리 {nmath(euc, st)}, 맨해튼 거리 {man}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=["벡터", "유사도"],
                   check=lambda: euc <= man)


@family(E52, "binary-image-count")
def _bin_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, c = rng.choice([(2, 2), (2, 3), (3, 3), (4, 4)])
    levels = rng.choice([2, 2, 4])
    n = levels ** (r * c)
    pw = _w(f"{levels}^{{{r * c}}}", st) if st == "latex" else (f"{levels}{''.join('⁰¹²³⁴⁵⁶⁷⁸⁹'[int(ch)] for ch in str(r * c))}" if st == "unicode" else f"{levels}^{r * c}")
    kind = "흑백(0 또는 1)" if levels == 2 else "4단계 회색조(0, 1, 2, 3)"
    text = rng.choice([
        f"{r}×{c} 픽셀의 {kind} 이미지는 모두 몇 가지 만들 수 있는지 {_end(rng)} (거듭제곱 꼴로 나타내어도 된다.)",
        f"인공지능이 구별해야 하는 이미지의 가짓수를 탐구하고 있다. 각 픽셀이 {kind} 값을 가지는 {r}×{c} 행렬로 나타낼 수 있는 이미지의 개수를 {_end(rng)}",
    ])
    ans = f"{pw} = {n:,}" if n < 10 ** 7 else pw
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=["행렬"],
                   also=["12확통01-01"], check=lambda: sp.Integer(levels) ** (r * c) == n)


@family(E52, "inquiry-topic-method-choice")
def _inquiry(rng: random.Random) -> Problem:
    pairs = [
        ("스팸 메일을 가려내는 원리", "단어의 출현 빈도로 상대도수를 구하여 확률로 비교한다."),
        ("영화 추천 시스템의 원리", "사용자의 평점 벡터 사이의 코사인 유사도를 구하여 비교한다."),
        ("사진 보정 앱의 밝기 조절 원리", "이미지 행렬의 모든 성분에 같은 수를 더하거나 곱한다."),
        ("인공지능이 가장 좋은 추세선을 찾는 원리", "손실함수의 최솟값을 경사하강법으로 찾는다."),
        ("손글씨 숫자 인식 원리", "입력 이미지 행렬과 기준 이미지 행렬의 해밍 거리를 비교한다."),
        ("신경망이 XOR 문제를 해결하는 원리", "퍼셉트론을 여러 층으로 연결하고 진리표로 출력을 확인한다."),
    ]
    i = rng.randrange(len(pairs))
    topic, method = pairs[i]
    others = [m for j, (_, m) in enumerate(pairs) if j != i]
    ch = choices(rng, method, others)
    text = rng.choice([f"{_qj(topic, '을/를')} 주제로 수학 탐구를 하려고 한다. 탐구에 사용할 수학적 방법으로 가장 적절한 것은?\n{ch.block}",
                       f"탐구 보고서의 주제가 '{topic}'일 때, 보고서에 들어갈 수학적 탐구 방법으로 가장 알맞은 것은?\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch, concepts=[],
                   check=lambda: dict(pairs)[topic] == ch.options[ch.correct])


@family(E52, "convolution-output-size")
def _conv_size(rng: random.Random) -> Problem:
    n = rng.choice([5, 6, 7, 8, 28, 32])
    k = rng.choice([2, 3, 5])
    s = rng.choice([1, 1, 2])
    while (n - k) % s:
        s = 1
    out = (n - k) // s + 1
    text = rng.choice([
        f"이미지의 특징을 찾기 위해 {n}×{n} 이미지 위에서 {k}×{k} 필터를 가로, 세로로 {s}칸씩 옮기며 계산한다. (필터는 이미지 밖으로 나가지 않는다.) "
        f"결과로 얻는 행렬의 크기를 {_end(rng)}",
        f"{n}×{n} 행렬로 나타낸 이미지에 {k}×{k} 필터를 한 번에 {s}칸씩 이동하며 적용한다. 필터를 적용하는 위치는 모두 몇 곳인지 {_end(rng)} "
        f"(단, 필터 전체가 이미지 안에 있을 때만 적용한다.)",
    ])
    ans = f"{out}×{out}" if "크기" in text else f"{out * out}곳"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C", concepts=["행렬"],
                   also=[I32], check=lambda: len(range(0, n - k + 1, s)) == out)
