"""Generators for 수학과제 탐구 (고등학교 융합 선택): 12수과01-01 … in code order.

Inquiry-course items: classifying inquiry types and steps, judging inquiry questions, small data
sets that show why conjectures need checking, research-ethics scenarios (fabrication, falsification,
plagiarism, citation), with computable parts answered in code. Open activities are
``format="task"`` with ``answer=None``.

Private helpers: ``_end`` (question endings), ``_r`` (half-up rounding to text), ``_bogi``
(<보기> ㄱ/ㄴ/ㄷ block with its ①~⑤ choice) and ``_bogi_q`` (its question line).
"""

from __future__ import annotations

import math as _m
import random
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as Fr

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices

_S11, _S12 = "12수과01-01", "12수과01-02"
_S21, _S22, _S23, _S24 = "12수과02-01", "12수과02-02", "12수과02-03", "12수과02-04"


def _end(rng: random.Random, kind: str = "구") -> str:
    if kind == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써 보시오.", "답하시오."])
    if kind == "고":
        return rng.choice(["고르시오.", "고르세요.", "골라 보시오."])
    if kind == "설":
        return rng.choice(["설명하시오.", "설명해 보시오.", "그 이유를 설명하시오.", "까닭을 쓰시오."])
    return rng.choice(["구하시오.", "구하세요.", "구해 보시오.", "구하여라."])


def _r(x, places: int = 1) -> str:
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fr) else Decimal(repr(float(x)))
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


_BOGI_SETS = ("ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ")


def _bogi(rng: random.Random, good: list[str], bad: list[str]):
    k = rng.choice([1, 2, 2, 3])
    stmts = [(s, True) for s in rng.sample(good, k)] + [(s, False) for s in rng.sample(bad, 3 - k)]
    rng.shuffle(stmts)
    labs = ("ㄱ", "ㄴ", "ㄷ")
    correct = ", ".join(lab for lab, (_, ok) in zip(labs, stmts, strict=True) if ok)
    ch = choices(rng, correct, [f for f in _BOGI_SETS if f != correct], sort_key=_BOGI_SETS.index)
    block = "\n".join(["<보기>"] + [f"{lab}. {t}" for lab, (t, _) in zip(labs, stmts, strict=True)])
    return block, ch


def _bogi_q(rng: random.Random, ok: str = "옳은") -> str:
    return rng.choice([f"{ok} 것만을 <보기>에서 있는 대로 고른 것은?", f"<보기>에서 {ok} 것만을 있는 대로 고른 것은?",
                       f"다음 <보기> 중 {ok} 것을 모두 고른 것은?"])


# =================================================================================================
# 12수과01-01 수학과제 탐구의 의미와 필요성
# =================================================================================================
_TYPES = {
    "문헌 조사": [
        "피보나치수열과 황금비의 관계를 다룬 논문과 책을 찾아 읽고 내용을 정리하여 결론을 내렸다.",
        "원주율을 계산해 온 방법의 역사를 여러 수학사 책과 논문을 비교하며 정리하였다.",
        "게임 이론이 경제학에 쓰인 사례를 학술지 논문에서 찾아 체계적으로 정리하였다.",
        "암호 기술의 발전에 수학이 어떻게 쓰였는지 보고서와 전문 서적을 검토하여 정리하였다.",
    ],
    "사례 조사": [
        "우리 학교 학생 200명에게 설문지를 배부하여 하루 수면 시간과 수학 성적의 관계를 조사하였다.",
        "국가 통계 포털의 자료를 이용하여 지역별 출생률의 변화 경향을 조사하였다.",
        "편의점 세 곳의 1+1 행사 상품 가격을 조사하여 실제 할인율을 비교하였다.",
        "우리 동네 버스 정류장별 배차 간격 자료를 수집하여 평균 대기 시간을 조사하였다.",
    ],
    "수학 실험": [
        "종이를 접는 횟수와 두께 사이의 관계를 직접 실험하여 측정한 뒤 지수함수로 모델링하였다.",
        "바늘을 평행선 위에 여러 번 떨어뜨려 바늘이 선과 만나는 비율로 원주율을 추정하였다.",
        "공학 도구로 주사위를 10000번 던지는 모의실험을 하여 상대도수의 변화를 관찰하였다.",
        "여러 가지 모양의 종이컵을 굴려 그리는 자취를 관찰하고 그 자취를 원의 방정식으로 나타내었다.",
    ],
    "개발 연구": [
        "확률을 이용하여 두 사람 모두에게 공정한 보드게임을 설계하고 직접 만들었다.",
        "함수의 그래프를 이용하여 공학 도구로 캐릭터 그림을 그리는 프로그램을 만들었다.",
        "정다면체의 성질을 이용하여 새로운 입체 퍼즐을 설계하여 제작하였다.",
        "수열의 규칙을 이용하여 암기하기 쉬운 비밀번호 생성 도구를 개발하였다.",
    ],
}
_TYPE_CODE = {"문헌 조사": _S21, "사례 조사": _S22, "수학 실험": _S23, "개발 연구": _S24}


@family(_S11, "inquiry-type-classify")
def _type_classify(rng: random.Random) -> Problem:
    t = rng.choice(list(_TYPES))
    desc = rng.choice(_TYPES[t])
    who = name(rng)
    opts = ["문헌 조사", "사례 조사", "수학 실험", "개발 연구", "단순 계산 연습"]
    ch = choices(rng, t, [o for o in opts if o != t], sort_key=opts.index)
    text = rng.choice([
        f"{josa(who, '은/는')} 수학과제 탐구에서 다음과 같이 탐구하였다.\n\"{desc}\"\n{who}의 탐구 방법으로 가장 알맞은 것은?\n{ch.block}",
        f"다음 탐구 사례에서 주로 사용한 탐구 유형은?\n\"{desc}\"\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], also=[_TYPE_CODE[t]], choice=ch, check=lambda: desc in _TYPES[t])


_MEANING_GOOD = [
    "수학과제 탐구는 스스로 정한 수학 문제를 깊이 있게 연구하는 활동이다.",
    "탐구를 통해 수학 개념을 다른 교과나 실생활과 연결할 수 있다.",
    "탐구 과정에서 추측을 세우고 이를 정당화하는 경험을 할 수 있다.",
    "탐구 결과가 처음 예상과 다르더라도 그 과정 자체가 의미 있는 학습이 된다.",
    "수학과제 탐구는 진로와 관련된 주제를 수학적으로 깊이 이해하는 데 도움이 된다.",
    "여러 가지 탐구 방법 중 탐구 문제에 알맞은 방법을 선택해야 한다.",
]
_MEANING_BAD = [
    "수학과제 탐구는 교과서의 연습 문제를 빠르게 많이 푸는 활동이다.",
    "수학과제 탐구의 결론은 반드시 처음 세운 가설과 일치해야 한다.",
    "탐구 주제는 교사가 정해 준 것만 선택할 수 있다.",
    "수학과제 탐구에서는 수학 이외의 분야와 관련된 주제를 다룰 수 없다.",
    "몇 가지 예에서 성립하는 규칙을 찾으면 일반적으로 성립한다고 결론 내려도 된다.",
    "탐구 과정은 기록하지 않고 최종 결과만 정리하면 된다.",
]


@family(_S11, "meaning-bogi")
def _meaning(rng: random.Random) -> Problem:
    block, ch = _bogi(rng, _MEANING_GOOD, _MEANING_BAD)
    intro = rng.choice(["수학과제 탐구에 대한 설명으로", "수학과제 탐구의 의미와 필요성에 대한 학생들의 대화 내용 중"])
    text = f"{intro} {_bogi_q(rng)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], choice=ch, check=lambda: True)


@family(_S11, "circle-regions-conjecture")
def _regions(rng: random.Random) -> Problem:
    def regions(n: int) -> int:
        return _m.comb(n, 4) + _m.comb(n, 2) + 1

    mode = rng.choice(["guess", "check"])
    k = 6 if mode == "guess" else rng.choice([5, 6])
    data = [regions(i) for i in range(1, k)]
    tb = "점의 개수 | " + " | ".join(str(i) for i in range(1, k)) + "\n영역의 개수 | " + " | ".join(map(str, data))
    intro = (f"원 위에 점 n개를 잡고 모든 두 점을 선분으로 이었을 때(세 선분이 원 안의 한 점에서 만나지 않게 한다) 원의 내부가 나누어지는 영역의 개수를 조사하였다.\n{tb}")
    if mode == "guess":
        q = f"표의 규칙만 보고 점이 {k}개일 때의 영역의 개수를 추측하면 몇 개인지 쓰고, 실제로 그림을 그려 세었더니 {regions(k)}개였다. 이 결과가 수학과제 탐구에서 주는 교훈을 {_end(rng, '설')}"
        ans = f"추측 {2 ** (k - 1)}개, 몇 가지 경우에 성립하는 규칙이 항상 성립한다고 단정할 수 없으므로 추측은 반드시 검증(증명)해야 한다."
        fmt, d, lev = "proof", 3, "B"
    else:
        q = f"영역의 개수는 ₙC₄ + ₙC₂ + 1로 구할 수 있다고 한다. 이 식으로 n = {k}, n = {k + 1}일 때의 영역의 개수를 각각 {_end(rng)}"
        ans = f"{regions(k)}개, {regions(k + 1)}개"
        fmt, d, lev = "computation", 3, "C"
    return Problem(text=f"{intro}\n{q}", answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["조합"], check=lambda: data == [2 ** i for i in range(k - 1)] and regions(6) == 31)


_STEPS = ["탐구 주제 선정", "탐구 계획 수립", "탐구 수행", "결과 정리 및 산출물 제작", "발표 및 평가"]


@family(_S11, "process-order")
def _order(rng: random.Random) -> Problem:
    labs = ["(가)", "(나)", "(다)", "(라)", "(마)"]
    perm = list(range(5))
    rng.shuffle(perm)
    listing = "\n".join(f"{labs[i]} {_STEPS[perm[i]]}" for i in range(5))
    correct = " → ".join(labs[perm.index(s)] for s in range(5))
    mode = rng.choice(["order", "mcq"])
    if mode == "order":
        text = rng.choice([f"다음은 수학과제 탐구의 단계를 순서 없이 나열한 것이다. 일반적인 진행 순서대로 기호를 {_end(rng, '쓰')}\n{listing}",
                           f"수학과제 탐구를 진행하는 순서에 맞게 (가)~(마)를 배열하시오.\n{listing}"])
        return Problem(text=text, answer=correct, format="fill", difficulty=1, achievement_level="E",
                       concepts=[], check=lambda: sorted(perm) == list(range(5)))
    wrongs = set()
    while len(wrongs) < 4:
        p2 = list(range(5))
        rng.shuffle(p2)
        w = " → ".join(labs[perm.index(s)] for s in p2)
        if w != correct:
            wrongs.add(w)
    ch = choices(rng, correct, sorted(wrongs))
    text = f"다음 수학과제 탐구의 단계를 순서대로 바르게 나열한 것은?\n{listing}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[], choice=ch, check=lambda: True)


_GOOD_Q = [
    "둘레의 길이가 일정한 직사각형 중 넓이가 가장 큰 것은 어떤 모양인가?",
    "우리 학교 급식 대기 줄의 평균 대기 시간을 줄이려면 배식구를 몇 개로 하는 것이 좋은가?",
    "종이를 반으로 접는 횟수에 따라 두께는 어떻게 변하는가?",
    "한붓그리기가 가능한 도형은 어떤 조건을 만족하는가?",
    "윷놀이에서 윷가락의 모양이 도, 개, 걸, 윷, 모가 나올 확률에 어떤 영향을 주는가?",
]
_BAD_Q = [
    "수학은 왜 중요한가?",
    "세상의 모든 현상을 수학으로 설명할 수 있는가?",
    "우주에 있는 별의 개수를 정확히 세어 보자.",
    "가장 아름다운 음악은 무엇인가?",
    "수학 공부를 열심히 하면 좋은 점은 무엇인가?",
    "인류의 미래를 수학으로 완벽하게 예측할 수 있는가?",
]


@family(_S11, "good-inquiry-question")
def _good_q(rng: random.Random) -> Problem:
    mode = rng.choice(["best", "worst"])
    if mode == "best":
        good = rng.choice(_GOOD_Q)
        ch = choices(rng, good, rng.sample(_BAD_Q, 4))
        text = rng.choice([f"수학과제 탐구의 탐구 문제로 가장 적절한 것은?\n{ch.block}",
                           f"탐구의 초점이 명확하고, 수학적으로 탐구할 수 있으며, 주어진 시간 안에 해결할 수 있는 탐구 문제로 가장 알맞은 것은?\n{ch.block}"])
    else:
        bad = rng.choice(_BAD_Q)
        ch = choices(rng, bad, rng.sample(_GOOD_Q, 4))
        text = f"다음 중 수학과제 탐구의 탐구 문제로 가장 적절하지 않은 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], also=["12수과03-01"], choice=ch, check=lambda: True)


@family(_S11, "euler-polynomial-counterexample")
def _euler(rng: random.Random) -> Problem:
    a = rng.choice([41, 17, 11])
    lim = a - 1
    def isprime(x: int) -> bool:
        return x > 1 and all(x % d for d in range(2, int(x ** 0.5) + 1))
    shown = rng.sample(range(0, min(lim, 10)), 3)
    vals = ", ".join(f"n = {n}일 때 {n * n + n + a}" for n in sorted(shown))
    text = rng.choice([
        f"{josa(name(rng), '은/는')} 식 n² + n + {a}에 n = 0, 1, 2, …를 대입하면 소수가 나온다는 것을 발견하였다({vals}). n = {lim}일 때의 값을 구하고, 그 값이 소수인지 판단하시오. 또 이 결과로부터 알 수 있는 탐구의 자세를 쓰시오.",
        f"n² + n + {a}의 값은 n = 0부터 n = {lim - 1}까지 모두 소수이다. n = {lim}일 때의 값을 소인수분해하고, '몇 가지 경우를 확인하면 충분하다'는 생각이 왜 위험한지 {_end(rng, '설')}",
    ])
    v = lim * lim + lim + a
    ans = f"{v} = {a} × {a}이므로 소수가 아니다. 많은 예에서 성립해도 일반적으로 성립한다고 단정할 수 없으므로 증명이나 반례 탐색이 필요하다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["소수", "소인수분해"],
                   check=lambda: v == a * a and all(isprime(n * n + n + a) for n in range(lim)))


@family(_S11, "max-area-mini-inquiry")
def _max_area(rng: random.Random) -> Problem:
    P = rng.choice([20, 24, 28, 32, 36, 40])
    half = P // 2
    xs = list(range(1, half))
    rows = [(x, half - x, x * (half - x)) for x in xs]
    shown = rows[:: max(1, len(rows) // 6)][:6]
    tb = "가로(cm) | " + " | ".join(str(r[0]) for r in shown) + "\n세로(cm) | " + " | ".join(str(r[1]) for r in shown) + "\n넓이(cm²) | " + " | ".join("□" if i == 1 else str(r[2]) for i, r in enumerate(shown))
    best = max(rows, key=lambda r: r[2])
    text = rng.choice([
        f"'둘레가 {P}cm인 직사각형 중 넓이가 가장 큰 것은?'이라는 탐구 문제를 세우고, 가로의 길이를 바꾸어 가며 넓이를 조사하였다.\n{tb}\n(1) □ 안에 알맞은 수를 구하시오.\n(2) 가로와 세로의 길이가 자연수일 때 넓이가 가장 큰 직사각형의 가로, 세로, 넓이를 구하시오.",
        f"다음은 둘레가 {P}cm인 직사각형의 가로와 넓이를 조사한 탐구 기록이다.\n{tb}\n□ 안의 수를 구하고, 이 탐구에서 얻을 수 있는 결론(넓이가 최대일 때의 모양)을 쓰시오.",
    ])
    if "(1)" in text:
        ans = f"(1) {shown[1][2]} (2) 가로 {best[0]}cm, 세로 {best[1]}cm, 넓이 {best[2]}cm²"
    else:
        ans = f"{shown[1][2]}, 한 변이 {best[0]}cm인 정사각형일 때 넓이가 가장 크다."
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["직사각형", "최댓값"], check=lambda: best[0] == best[1] == half // 2 if half % 2 == 0 else True)


_CASES = [
    ("한 학생이 '계단을 한 번에 한 칸 또는 두 칸씩 오를 때 n칸을 오르는 방법의 수'를 궁금해하였다. 1칸, 2칸, 3칸, 4칸일 때를 직접 세어 1, 2, 3, 5가지임을 확인하고, 앞의 두 수를 더하면 다음 수가 된다는 규칙을 추측한 뒤, 마지막 걸음이 한 칸인지 두 칸인지로 나누어 규칙이 항상 성립함을 설명하였다.",
     "탐구 문제: n칸 계단을 한 칸 또는 두 칸씩 오르는 방법의 수는? / 방법: 작은 경우 조사 → 규칙 추측 → 경우를 나누어 정당화 / 결론: aₙ = aₙ₋₁ + aₙ₋₂ (피보나치수열)"),
    ("한 학생이 '한 변이 n인 정사각형 격자에 있는 정사각형의 총개수'를 탐구하였다. n = 1, 2, 3일 때 각각 1, 5, 14개를 세고, 크기별로 정사각형의 수가 n², (n − 1)², …, 1²임을 발견하여 총개수가 1² + 2² + … + n²임을 설명하였다.",
     "탐구 문제: n × n 격자 안의 정사각형의 총개수는? / 방법: 작은 경우를 세어 보고 크기별로 분류 / 결론: 1² + 2² + … + n²"),
    ("한 학생이 '볼록 n각형의 대각선의 개수'를 탐구하였다. 사각형, 오각형, 육각형에서 2, 5, 9개를 세고, 한 꼭짓점에서 n − 3개의 대각선을 그을 수 있고 각 대각선이 두 번씩 세어진다는 것을 이용하여 n(n − 3)/2개임을 설명하였다.",
     "탐구 문제: 볼록 n각형의 대각선의 개수는? / 방법: 구체적인 다각형 조사 → 일반화 → 논리적 설명 / 결론: n(n − 3)/2"),
]


@family(_S11, "case-structure-analysis")
def _case(rng: random.Random) -> Problem:
    desc, ans = rng.choice(_CASES)
    text = rng.choice([
        f"다음 탐구 사례를 읽고, 탐구 문제, 탐구 방법(과정), 결론을 각각 {_end(rng, '쓰')}\n{desc}",
        f"다음은 한 학생의 수학과제 탐구 과정이다. 이 탐구에서 설정한 탐구 문제와 사용한 방법, 얻은 결론을 정리하시오.\n{desc}",
    ])
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["수열"], check=lambda: True)


_S11_TASKS = [
    "수학자나 과학자가 한 가지 문제를 오랫동안 탐구하여 새로운 사실을 발견한 사례를 {k}가지 조사하고, 각 사례에서 탐구가 필요했던 까닭과 탐구가 가져온 변화를 정리하여 발표하시오.",
    "자신의 진로 분야에서 수학이 쓰이는 상황을 {k}가지 찾아, 각 상황에서 세울 수 있는 수학 탐구 문제를 만들고 그 탐구가 필요한 이유를 설명하는 글을 쓰시오.",
    "선배들의 수학 탐구 보고서 {k}편을 읽고, 각 보고서의 탐구 문제, 탐구 방법, 결론을 표로 정리한 뒤 좋은 수학과제 탐구의 조건을 모둠별로 토의하여 정리하시오.",
]


@family(_S11, "meaning-reflection-task")
def _s11_task(rng: random.Random) -> Problem:
    t = rng.choice(_S11_TASKS)
    k = rng.choice([2, 3])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])


# =================================================================================================
# 12수과01-02 연구 윤리
# =================================================================================================
_VIOL = {
    "위조": [
        "설문 응답자가 부족하자 실제로 조사하지 않은 응답 20개를 만들어 자료에 추가하였다.",
        "실험을 하지 않고 예상되는 측정값을 적어 넣어 결과표를 완성하였다.",
        "존재하지 않는 통계 자료를 인용한 것처럼 그래프를 그려 넣었다.",
    ],
    "변조": [
        "가설과 맞지 않는 측정값 3개를 아무 설명 없이 삭제하고 평균을 계산하였다.",
        "그래프의 모양이 더 깔끔해 보이도록 일부 자료의 값을 조금씩 바꾸었다.",
        "조사 대상의 수를 실제보다 많게 보고서에 적었다.",
    ],
    "표절": [
        "인터넷 블로그의 설명을 그대로 복사하여 출처 없이 보고서에 붙여 넣었다.",
        "다른 학생의 탐구 아이디어를 자신이 생각한 것처럼 발표하였다.",
        "외국 논문의 그림을 번역만 하여 출처를 밝히지 않고 사용하였다.",
    ],
    "부당한 저자 표시": [
        "탐구에 전혀 참여하지 않은 친구의 이름을 공동 탐구자로 올렸다.",
        "모둠 탐구에서 핵심 실험을 한 친구의 이름을 보고서에서 뺐다.",
    ],
}


@family(_S12, "ethics-violation-type")
def _viol(rng: random.Random) -> Problem:
    t = rng.choice(list(_VIOL))
    desc = rng.choice(_VIOL[t])
    who = name(rng)
    opts = ["위조", "변조", "표절", "부당한 저자 표시", "중복 게재"]
    ch = choices(rng, t, [o for o in opts if o != t], sort_key=opts.index)
    text = rng.choice([
        f"{josa(who, '은/는')} 수학 탐구 과정에서 다음과 같이 행동하였다.\n\"{desc}\"\n이 행동에 해당하는 연구 부정행위는?\n{ch.block}",
        f"다음 사례는 어떤 연구 부정행위에 해당하는가?\n\"{desc}\"\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], choice=ch, check=lambda: desc in _VIOL[t])


_ETH_GOOD = [
    "다른 사람의 글을 인용할 때는 인용 부분을 표시하고 출처를 밝혀야 한다.",
    "가설과 다른 결과가 나와도 실제 측정한 자료를 그대로 보고해야 한다.",
    "설문 조사를 할 때는 응답자에게 조사 목적을 알리고 동의를 받아야 한다.",
    "응답자의 개인 정보는 탐구 목적 외에 사용하지 않아야 한다.",
    "공학 도구나 인공지능의 도움을 받았다면 그 사실과 사용한 범위를 밝혀야 한다.",
    "자료를 제외해야 한다면 그 기준과 이유를 보고서에 밝혀야 한다.",
]
_ETH_BAD = [
    "인터넷에 공개된 자료는 누구나 쓸 수 있으므로 출처를 밝히지 않아도 된다.",
    "결론을 분명하게 보이기 위해 튀는 자료를 말없이 지우는 것은 괜찮다.",
    "모둠 탐구에서는 참여하지 않은 친구도 저자로 올려 주는 것이 배려이다.",
    "자신이 예전에 낸 보고서는 다시 그대로 제출해도 연구 윤리에 어긋나지 않는다.",
    "설문 응답 수가 부족하면 비슷한 응답을 만들어 채워도 된다.",
    "동물을 이용한 실험은 수학 탐구이므로 생명 윤리를 고려하지 않아도 된다.",
]


@family(_S12, "ethics-bogi")
def _eth_bogi(rng: random.Random) -> Problem:
    block, ch = _bogi(rng, _ETH_GOOD, _ETH_BAD)
    intro = rng.choice(["수학과제 탐구에서 지켜야 할 연구 윤리에 대한 설명으로", "탐구 보고서를 작성할 때의 태도에 대한 설명으로"])
    text = f"{intro} {_bogi_q(rng)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], choice=ch, check=lambda: True)


_REFS = [
    ("김수학", 2021, "생활 속의 수학 이야기", "○○출판사"),
    ("이하나", 2019, "확률로 보는 세상", "△△북스"),
    ("박지성", 2023, "황금비와 디자인", "□□미디어"),
    ("최민서", 2020, "암호의 수학", "◇◇출판"),
]


@family(_S12, "reference-format")
def _ref(rng: random.Random) -> Problem:
    a, y, t, p = rng.choice(_REFS)
    mode = rng.choice(["fill", "mcq"])
    correct = f"{a}({y}). {t}. {p}."
    rule = "참고문헌은 '저자(출판 연도). 책 제목. 출판사.'의 형식으로 쓰기로 하였다."
    if mode == "fill":
        text = f"탐구 보고서에서 {rule} 책 『{t}』(저자 {a}, {p}, {y}년 발행)의 내용을 참고하였을 때, 참고문헌 목록에 쓸 내용을 형식에 맞게 {_end(rng, '쓰')}"
        return Problem(text=text, answer=correct, format="fill", difficulty=1, achievement_level="E",
                       concepts=[], check=lambda: True)
    wrongs = [f"{t}({y}). {a}. {p}.", f"{a}. {t}. {p}.", f"{p}({y}). {t}. {a}.", f"{a}({y}). {p}. {t}.", f"{t}. {a}({y})."]
    ch = choices(rng, correct, rng.sample(wrongs, 4))
    text = f"{rule} 이 형식에 맞게 쓴 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[], choice=ch, check=lambda: True)


@family(_S12, "survey-table-inconsistency")
def _inconsistent(rng: random.Random) -> Problem:
    n = rng.choice([40, 60, 80, 120, 200, 240])
    cats = rng.choice([["매우 그렇다", "그렇다", "보통", "아니다"], ["0시간", "1시간", "2시간", "3시간 이상"], ["버스", "지하철", "도보", "자전거"]])
    cuts = sorted(rng.sample(range(1, 20), 3))  # percents in steps of 5
    pct5 = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], 20 - cuts[2]]
    cnt = [p * n // 20 for p in pct5]
    pct = [Fr(c * 100, n) for c in cnt]
    bad = rng.randrange(4)
    shown_pct = [int(p) for p in pct]
    shown_pct[bad] += rng.choice([4, 6] if shown_pct[bad] < 10 else [-6, -4, 4, 6])
    tb = "응답 | " + " | ".join(cats) + " | 합계\n응답자 수(명) | " + " | ".join(map(str, cnt)) + f" | {n}\n비율(%) | " + " | ".join(map(str, shown_pct)) + f" | {sum(shown_pct)}"
    text = rng.choice([
        f"{josa(name(rng), '은/는')} 설문 조사 결과를 다음과 같이 정리하였다.\n{tb}\n비율 중 잘못 계산된 칸을 찾아 바르게 고치고, 보고서를 제출하기 전에 자료를 검토해야 하는 까닭을 {_end(rng, '쓰')}",
        f"다음 설문 결과표에는 계산이 잘못된 곳이 한 군데 있다.\n{tb}\n잘못된 칸을 찾아 올바른 비율을 구하시오.",
    ])
    ans = f"{cats[bad]}: {int(pct[bad])}%"
    if "까닭" in text:
        ans += " (잘못된 수치는 결론을 왜곡하므로 정직하고 정확하게 보고하기 위해 검토해야 한다.)"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["백분율", "표"], also=[_S22],
                   check=lambda: sum(cnt) == n and all(q.denominator == 1 for q in pct) and shown_pct[bad] != pct[bad])


@family(_S12, "outlier-removal-ethics")
def _outlier(rng: random.Random) -> Problem:
    k = rng.choice([6, 7, 8])
    base = rng.randint(20, 40)
    vals = [base + rng.randint(-4, 4) for _ in range(k - 1)]
    out = base + rng.choice([-1, 1]) * rng.randint(15, 25)
    vals.append(out)
    rng.shuffle(vals)
    m_all = Fr(sum(vals), k)
    m_wo = Fr(sum(vals) - out, k - 1)
    what = rng.choice(["종이비행기의 비행 거리(m)", "진자가 10번 왕복하는 시간(초)", "공이 튀어 오른 높이(cm)"])
    text = rng.choice([
        f"{josa(name(rng), '은/는')} 실험에서 {what}를 {k}번 측정하였다.\n측정값: {', '.join(map(str, vals))}\n(1) 모든 측정값의 평균과 {out}을(를) 제외한 평균을 각각 반올림하여 소수 첫째 자리까지 구하시오.\n(2) {out}을(를) 제외하고 싶다면 연구 윤리에 맞게 어떻게 해야 하는지 쓰시오.",
    ])
    text = text.replace(f"{out}을(를)", josa(str(out), "을/를"))
    ans = f"(1) {_r(m_all, 1)}, {_r(m_wo, 1)} (2) 측정 실수 등 제외하는 기준과 이유를 미리 정하거나 보고서에 밝히고, 제외 전후의 결과를 함께 제시해야 한다."
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["평균"], check=lambda: m_all * k == sum(vals))


@family(_S12, "similarity-rate")
def _similar(rng: random.Random) -> Problem:
    tot = rng.choice([40, 50, 60, 80, 120])
    copied = rng.randint(3, tot // 3)
    th = rng.choice([10, 15, 20, 25])
    rate = Fr(copied * 100, tot)
    over = rate > th
    text = rng.choice([
        f"탐구 보고서 {tot}문장 중 {copied}문장이 인터넷 자료와 똑같다는 검사 결과가 나왔다. 같은 문장의 비율(표절률)을 반올림하여 소수 첫째 자리까지 구하고, 학교 기준({th}% 초과 시 재작성)에 따라 다시 써야 하는지 {_end(rng, '쓰')}",
        f"표절 검사 프로그램에서 보고서의 전체 {tot}문장 중 {copied}문장이 다른 자료와 일치하였다. 일치율이 {th}%를 넘으면 보고서를 고쳐야 할 때, 일치율과 판정 결과를 쓰시오. (반올림하여 소수 첫째 자리까지)",
    ])
    ans = f"{_r(rate, 1)}%, {'다시 써야 한다' if over else '다시 쓰지 않아도 된다(단, 일치하는 부분은 출처를 밝혀야 한다)'}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["백분율"], check=lambda: (copied * 100 > th * tot) == over)


_CONSENT = [
    ("학생들의 스마트폰 사용 시간을 조사하려고 한다.", "조사 목적과 익명 처리 방법을 설명하고 동의한 학생에게만 설문을 받는다."),
    ("친구들의 수학 성적과 공부 시간의 관계를 탐구하려고 한다.", "이름을 지우고 번호로만 자료를 정리하며, 자료를 탐구 목적 외에는 쓰지 않는다."),
    ("학교 앞 횡단보도의 보행자 수를 영상으로 기록하려고 한다.", "얼굴이 식별되지 않게 촬영하거나 수만 세고, 영상은 분석 후 삭제한다."),
]
_CONSENT_BAD = [
    "응답자의 이름과 점수를 그대로 보고서에 싣는다.",
    "설문 목적을 알리면 답이 달라질 수 있으므로 숨기고 조사한다.",
    "응답이 적으면 친구들의 예상 답을 대신 적어 채운다.",
    "동의를 받지 않고 친구의 SNS 게시물을 모아 분석 결과와 함께 공개한다.",
    "조사 결과가 흥미로우니 개인 정보가 담긴 원자료를 학급 게시판에 올린다.",
]


@family(_S12, "consent-privacy")
def _consent(rng: random.Random) -> Problem:
    sit, good = rng.choice(_CONSENT)
    ch = choices(rng, good, rng.sample(_CONSENT_BAD, 4))
    text = rng.choice([f"{josa(name(rng), '은/는')} {sit} 연구 윤리를 지키는 행동으로 가장 적절한 것은?\n{ch.block}",
                       f"다음 탐구 상황에서 연구 윤리에 맞는 행동은?\n\"{sit}\"\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], choice=ch, check=lambda: True)


_S12_TASKS = [
    "연구 부정행위(위조, 변조, 표절 등)가 문제가 된 실제 사례를 {k}가지 조사하여, 각 사례에서 어떤 윤리를 어겼는지와 그 결과를 정리하고 모둠별로 토론하시오.",
    "자신의 수학과제 탐구 계획에 맞추어 '연구 윤리 점검표'를 만드시오. 자료 수집, 분석, 보고서 작성, 발표 단계별로 점검할 항목을 {k}개 이상씩 정하고, 탐구를 마칠 때 스스로 점검한 결과를 제출하시오.",
    "보고서에 인용한 자료 {k}개의 참고문헌 목록을 정해진 형식(저자, 연도, 제목, 출판사 또는 누리집 주소와 접속 날짜)에 맞게 작성하고, 본문에서 인용한 부분을 표시하는 방법을 예를 들어 설명하시오.",
]


@family(_S12, "ethics-checklist-task")
def _s12_task(rng: random.Random) -> Problem:
    t = rng.choice(_S12_TASKS)
    k = rng.choice([2, 3, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])


# =================================================================================================
# 12수과02-01 문헌 조사를 통한 탐구
# =================================================================================================
_SOURCES_GOOD = ["학술지에 실린 심사를 거친 논문", "국가 기관이 발행한 통계 보고서", "전문가가 쓰고 출처가 밝혀진 전문 서적",
                 "대학 연구소가 발표한 연구 보고서"]
_SOURCES_BAD = ["작성자를 알 수 없는 개인 블로그 글", "출처 없이 공유된 SNS 게시물", "광고가 목적인 쇼핑몰 상품 설명",
                "누구나 수정할 수 있고 참고 자료가 없는 온라인 문서", "댓글로 전해 들은 이야기", "출처 없는 동영상 요약 자료"]


@family(_S21, "source-reliability")
def _source(rng: random.Random) -> Problem:
    good = rng.choice(_SOURCES_GOOD)
    ch = choices(rng, good, rng.sample(_SOURCES_BAD, 4))
    topic = rng.choice(["소수의 분포", "황금비의 역사", "게임 이론과 경제", "암호와 정수론", "원주율 계산의 역사", "프랙털과 자연"])
    text = rng.choice([f"'{topic}'에 대한 문헌 조사를 할 때 가장 신뢰할 수 있는 자료는?\n{ch.block}",
                       f"{josa(name(rng), '은/는')} '{topic}'를 주제로 선행 연구를 찾고 있다. 탐구의 근거로 삼기에 가장 적절한 자료는?\n{ch.block}"])
    text = text.replace(f"'{topic}'를", josa(f"'{topic}'", "을/를"))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[], choice=ch, check=lambda: True)


_LIT_STEPS = ["탐구 문제 설정", "검색어 정하기와 자료 검색", "자료 선별과 읽기", "내용 비교·정리", "결론 도출 및 참고문헌 작성"]


@family(_S21, "literature-steps")
def _lit_steps(rng: random.Random) -> Problem:
    labs = ["(가)", "(나)", "(다)", "(라)", "(마)"]
    perm = list(range(5))
    rng.shuffle(perm)
    listing = "\n".join(f"{labs[i]} {_LIT_STEPS[perm[i]]}" for i in range(5))
    correct = " → ".join(labs[perm.index(s)] for s in range(5))
    text = rng.choice([f"다음은 문헌 조사를 통한 탐구의 단계를 순서 없이 나열한 것이다. 순서대로 기호를 {_end(rng, '쓰')}\n{listing}",
                       f"문헌 조사 탐구를 진행하는 순서에 맞게 (가)~(마)를 배열하시오.\n{listing}"])
    return Problem(text=text, answer=correct, format="fill", difficulty=1, achievement_level="E",
                   concepts=[], check=lambda: sorted(perm) == list(range(5)))


_PI_APPROX = [("고대 이집트(린드 파피루스)", Fr(256, 81)), ("아르키메데스", Fr(22, 7)), ("조충지(밀률)", Fr(355, 113)),
              ("고대 바빌로니아", Fr(25, 8)), ("프톨레마이오스", Fr(377, 120))]


@family(_S21, "pi-history-compare")
def _pi_hist(rng: random.Random) -> Problem:
    import math
    mode = rng.choice(["value", "diff"])
    pool = _PI_APPROX if mode == "value" else [x for x in _PI_APPROX if x[1] != Fr(355, 113)]
    a, b = rng.sample(pool, 2)
    ea, eb = abs(float(a[1]) - math.pi), abs(float(b[1]) - math.pi)
    better = a[0] if ea < eb else b[0]
    text = rng.choice([
        f"원주율의 역사에 관한 문헌을 조사하였더니 {a[0]}에서는 원주율을 {josa(f'{a[1].numerator}/{a[1].denominator}', '으로/로')}, {b[0]}에서는 {josa(f'{b[1].numerator}/{b[1].denominator}', '으로/로')} 사용하였다는 기록을 찾았다. 각 값을 소수로 나타내어 반올림하여 소수 넷째 자리까지 구하고, π = 3.14159…에 더 가까운 것을 {_end(rng, '쓰')}",
    ]) if mode == "value" else (
        f"두 문헌에 나온 원주율의 근삿값 {josa(f'{a[1].numerator}/{a[1].denominator}({a[0]})', '과/와')} {josa(f'{b[1].numerator}/{b[1].denominator}({b[0]})', '을/를')} 비교하려고 한다. 각각과 π의 차를 반올림하여 소수 넷째 자리까지 구하고 더 정확한 근삿값을 고르시오.")
    if "차를" in text:
        ans = f"{a[0]} 약 {_r(ea, 4)}, {b[0]} 약 {_r(eb, 4)}, {better}"
    else:
        ans = f"{_r(a[1], 4)}, {_r(b[1], 4)}, {better}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["원주율", "분수"], check=lambda: ea != eb)


@family(_S21, "archimedes-bounds")
def _archimedes(rng: random.Random) -> Problem:
    import math
    n = rng.choice([6, 12, 24])
    poly = {6: "정육각형", 12: "정십이각형", 24: "정이십사각형"}[n]
    inner = n * math.sin(math.pi / n)
    outer = n * math.tan(math.pi / n)
    text = rng.choice([
        f"아르키메데스의 원주율 계산 방법을 다룬 문헌을 읽고, 지름이 1인 원에 내접하는 {poly}과 외접하는 {poly}의 둘레를 이용하여 원주율의 범위를 구하려고 한다. 두 정다각형의 둘레를 계산기로 구하여 반올림하여 소수 넷째 자리까지 나타내시오.",
        f"지름이 1인 원에 내접·외접하는 {poly}의 둘레는 각각 {n} × sin(180°/{n}), {n} × tan(180°/{n})이다. 계산기를 이용하여 두 값을 반올림하여 소수 넷째 자리까지 구하고, 원주율이 그 사이에 있음을 확인하시오.",
    ])
    ans = f"내접 약 {_r(inner, 4)}, 외접 약 {_r(outer, 4)} ({_r(inner, 4)} < π < {_r(outer, 4)})"
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["원주율", "삼각함수"], check=lambda: inner < math.pi < outer)


@family(_S21, "prior-study-table")
def _prior(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    ns = [rng.choice([50, 80, 100, 120, 150, 200]) for _ in range(k)]
    ps = [rng.randint(20, 70) for _ in range(k)]
    yrs = sorted(rng.sample(range(2012, 2024), k))
    topic = rng.choice(["수학 불안을 느끼는 고등학생의 비율", "스마트폰으로 수학을 공부하는 학생의 비율", "수학 탐구 활동 경험이 있는 학생의 비율"])
    tb = "선행 연구 | " + " | ".join(f"연구 {i + 1}" for i in range(k)) + "\n발표 연도 | " + " | ".join(map(str, yrs)) + "\n조사 인원(명) | " + " | ".join(map(str, ns)) + "\n결과(%) | " + " | ".join(map(str, ps))
    total = sum(ns)
    pooled = Fr(sum(n * p for n, p in zip(ns, ps, strict=True)), total)
    simple = Fr(sum(ps), k)
    mode = rng.choice(["pooled", "both"])
    if mode == "pooled":
        q = f"모든 연구의 응답자를 합하여 하나의 집단으로 볼 때 전체 비율을 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(pooled, 1)}%"
        d, lev = 3, "B"
    else:
        q = "결과(%)의 단순 평균과, 조사 인원을 가중치로 한 가중 평균을 각각 반올림하여 소수 첫째 자리까지 구하시오."
        ans = f"단순 평균 {_r(simple, 1)}%, 가중 평균 {_r(pooled, 1)}%"
        d, lev = 3, "B"
    text = f"'{topic}'에 대한 선행 연구 {k}편을 찾아 정리하였다(가상의 자료).\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=lev,
                   concepts=["평균", "백분율"], check=lambda: min(ps) <= pooled <= max(ps))


@family(_S21, "keyword-choice")
def _keyword(rng: random.Random) -> Problem:
    items = [
        ("종이접기로 각의 삼등분을 할 수 있는가?", "종이접기, 각의 삼등분, 작도"),
        ("선거에서 보르다 방식은 어떤 장단점이 있는가?", "보르다 방식, 투표 방법, 선호 투표"),
        ("해바라기 씨앗 배열에 피보나치수열이 나타나는 까닭은?", "피보나치수열, 황금각, 잎차례"),
        ("RSA 암호는 왜 안전한가?", "RSA 암호, 소인수분해, 공개 키 암호"),
        ("최단 경로를 찾는 방법에는 어떤 것이 있는가?", "최단 경로, 그래프 이론, 다익스트라 알고리즘"),
    ]
    q, good = rng.choice(items)
    bad_pool = [g for qq, g in items if qq != q] + ["수학, 공부, 재미", "숙제 답, 해설 모음", "수학 잘하는 법, 시험"]
    ch = choices(rng, good, rng.sample(bad_pool, 4))
    text = f"탐구 문제 '{q}'에 대한 문헌을 찾으려고 한다. 학술 데이터베이스에서 검색할 검색어로 가장 알맞은 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[], choice=ch, check=lambda: True)


@family(_S21, "sort-references")
def _sort_refs(rng: random.Random) -> Problem:
    authors = rng.sample(["강민수", "김하늘", "박서준", "이도윤", "정유리", "최지민", "한별", "오세훈", "윤아름"], 4)
    years = [rng.randint(2010, 2024) for _ in authors]
    refs = list(zip(authors, years, strict=True))
    listing = "\n".join(f"- {a}({y}). 『…』" for a, y in refs)
    mode = rng.choice(["name", "year"])
    if mode == "name":
        order = sorted(refs, key=lambda t: t[0])
        text = f"참고문헌 목록을 저자 이름의 가나다순으로 정리하려고 한다. 다음 문헌의 저자를 정리된 순서대로 {_end(rng, '쓰')}\n{listing}"
        ans = ", ".join(a for a, _ in order)
    else:
        while len(set(years)) < 4:
            years = [rng.randint(2010, 2024) for _ in authors]
            refs = list(zip(authors, years, strict=True))
            listing = "\n".join(f"- {a}({y}). 『…』" for a, y in refs)
        order = sorted(refs, key=lambda t: -t[1])
        text = f"선행 연구를 최근에 발표된 것부터 차례로 검토하려고 한다. 다음 문헌의 저자를 검토할 순서대로 {_end(rng, '쓰')}\n{listing}"
        ans = ", ".join(a for a, _ in order)
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=[], check=lambda: len(order) == 4)


_S21_TASKS = [
    "관심 있는 수학 주제 하나를 정하여 학술 데이터베이스나 도서관에서 관련 문헌을 {k}편 이상 찾고, 각 문헌의 저자, 연도, 핵심 내용, 탐구에 활용할 점을 표로 정리한 '문헌 조사 카드'를 만드시오.",
    "'원주율 계산 방법의 발전'을 주제로 서로 다른 시대의 문헌 {k}개를 조사하여 각 방법의 원리와 정확도를 비교하는 짧은 보고서를 쓰고, 참고문헌 목록을 형식에 맞게 작성하시오.",
    "같은 수학 개념(예: 황금비)에 대해 서로 다른 주장을 하는 자료 {k}개를 찾아, 각 주장의 근거를 비교·검토하여 어느 주장이 더 타당한지 판단하는 글을 쓰시오.",
]


@family(_S21, "literature-review-task")
def _s21_task(rng: random.Random) -> Problem:
    t = rng.choice(_S21_TASKS)
    k = rng.choice([2, 3, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])


# =================================================================================================
# 12수과02-02 사례 조사를 통한 탐구
# =================================================================================================
_Q_GOOD = [
    "하루 평균 스마트폰 사용 시간은 얼마입니까? ((1) 1시간 미만 (2) 1시간 이상 3시간 미만 (3) 3시간 이상 5시간 미만 (4) 5시간 이상)",
    "일주일에 수학을 공부하는 날은 며칠입니까? (0~7 중 숫자로 답하시오.)",
    "등교할 때 주로 이용하는 교통수단은 무엇입니까? ((1) 도보 (2) 자전거 (3) 버스 (4) 지하철 (5) 기타)",
]
_Q_BAD = [
    "수학은 어렵고 지루한 과목이라는 데 동의하십니까?",
    "급식의 맛과 양에 만족하십니까?",
    "하루 공부 시간은? ((1) 1~2시간 (2) 2~3시간 (3) 3~4시간)",
    "대부분의 학생이 찬성하는 새 교칙에 당신도 찬성하십니까?",
    "당신의 이름과 성적, 가족의 소득을 적어 주십시오.",
    "스마트폰을 너무 많이 쓰는 것은 나쁘다고 생각하지 않습니까?",
]


@family(_S22, "survey-question-quality")
def _q_quality(rng: random.Random) -> Problem:
    mode = rng.choice(["good", "bad"])
    if mode == "good":
        g = rng.choice(_Q_GOOD)
        ch = choices(rng, g, rng.sample(_Q_BAD, 4))
        text = f"사례 조사를 위한 설문 문항으로 가장 적절한 것은?\n{ch.block}"
        d = 2
    else:
        b = rng.choice(_Q_BAD)
        ch = choices(rng, b, [*_Q_GOOD, "수학 과목을 선택한 가장 큰 이유는 무엇입니까? ((1) 진로 (2) 흥미 (3) 성적 (4) 기타)"])
        text = f"다음 중 설문 문항으로 적절하지 않은 것은?\n{ch.block}"
        d = 2
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="D",
                   concepts=["설문지법"], choice=ch, check=lambda: True)


_SAMPLING = [
    ("우리 학교 학생 전체의 수면 시간", "전교생 명단에서 무작위로 100명을 뽑아 조사한다.",
     ["우리 반 학생만 조사한다.", "밤늦게 도서관에 남아 있는 학생만 조사한다.", "SNS에 설문 링크를 올려 응답한 사람만 조사한다.", "운동부 학생만 조사한다.", "친한 친구들에게만 물어본다."]),
    ("우리 지역 주민의 대중교통 만족도", "지역 주민 명부에서 연령대별 비율에 맞게 무작위로 뽑아 조사한다.",
     ["버스 정류장에 있는 사람만 조사한다.", "평일 오전에 집에 있는 사람만 조사한다.", "우리 학교 학생들만 조사한다.", "자가용을 가진 사람만 조사한다.", "지하철역 앞에서 한 시간 동안 만난 사람만 조사한다."]),
]


@family(_S22, "sampling-choice")
def _sampling(rng: random.Random) -> Problem:
    topic, good, bads = rng.choice(_SAMPLING)
    ch = choices(rng, good, rng.sample(bads, 4))
    text = rng.choice([f"'{topic}'를 알아보는 사례 조사에서 대상을 고르는 방법으로 가장 적절한 것은?\n{ch.block}".replace(f"'{topic}'를", josa(f"'{topic}'", "을/를")),
                       f"{josa(name(rng), '은/는')} '{topic}'에 대해 조사하려고 한다. 전체를 잘 대표하는 자료를 얻기 위한 방법으로 가장 알맞은 것은?\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["표본", "임의추출"], choice=ch, check=lambda: True)


@family(_S22, "response-rate")
def _resp(rng: random.Random) -> Problem:
    dist = rng.choice([120, 150, 200, 250, 300, 400])
    ret = rng.randint(int(dist * 0.6), dist)
    invalid = rng.randint(0, max(1, ret // 10))
    valid = ret - invalid
    text = rng.choice([
        f"설문지 {dist}부를 배부하여 {ret}부를 회수하였고, 그중 {invalid}부는 응답이 빠져 분석에서 제외하였다. 회수율과 유효 응답률(배부한 설문지에 대한 분석에 사용한 설문지의 비율)을 반올림하여 소수 첫째 자리까지 {_end(rng)}",
        f"사례 조사에서 설문지 {dist}부 중 {ret}부가 돌아왔고, 불성실한 응답 {invalid}부를 빼고 분석하였다. 배부 부수에 대한 회수율과 유효 응답률은 각각 몇 %인가? (반올림하여 소수 첫째 자리까지)",
    ])
    ans = f"회수율 {_r(Fr(ret * 100, dist), 1)}%, 유효 응답률 {_r(Fr(valid * 100, dist), 1)}%"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["백분율", "설문지법"], check=lambda: valid <= ret <= dist)


@family(_S22, "likert-mean")
def _likert(rng: random.Random) -> Problem:
    cnt = [rng.randint(0, 30) for _ in range(5)]
    while sum(cnt) == 0:
        cnt = [rng.randint(0, 30) for _ in range(5)]
    item = rng.choice(["수학 탐구 수업에 대한 만족도", "학교 도서관 이용 만족도", "급식 만족도", "동아리 활동 만족도"])
    tb = "응답 | 매우 불만족(1점) | 불만족(2점) | 보통(3점) | 만족(4점) | 매우 만족(5점)\n응답자 수(명) | " + " | ".join(map(str, cnt))
    n = sum(cnt)
    mean = Fr(sum((i + 1) * c for i, c in enumerate(cnt)), n)
    pos = Fr((cnt[3] + cnt[4]) * 100, n)
    mode = rng.choice(["mean", "pos"])
    if mode == "mean":
        q = f"응답 점수의 평균을 반올림하여 소수 둘째 자리까지 {_end(rng)}"
        ans = f"{_r(mean, 2)}점"
    else:
        q = f"'만족' 또는 '매우 만족'이라고 응답한 학생의 비율을 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(pos, 1)}%"
    text = f"다음은 {item}를 5단계로 조사한 결과이다.\n{tb}\n{q}".replace(f"{item}를", josa(item, "을/를"))
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["평균", "백분율"], check=lambda: 1 <= mean <= 5)


@family(_S22, "crosstab-compare")
def _crosstab(rng: random.Random) -> Problem:
    g1, g2 = rng.choice([("1학년", "2학년"), ("남학생", "여학생"), ("운동부", "일반 학생")])
    ans_lab = rng.choice([("아침을 먹는다", "아침을 먹지 않는다"), ("독서를 한다", "독서를 하지 않는다"), ("찬성", "반대")])
    a1, b1 = rng.randint(20, 90), rng.randint(10, 60)
    a2, b2 = rng.randint(20, 90), rng.randint(10, 60)
    r1, r2 = Fr(a1 * 100, a1 + b1), Fr(a2 * 100, a2 + b2)
    while r1 == r2:
        a2 += 1
        r2 = Fr(a2 * 100, a2 + b2)
    tb = f"구분 | {ans_lab[0]} | {ans_lab[1]} | 합계\n{g1} | {a1} | {b1} | {a1 + b1}\n{g2} | {a2} | {b2} | {a2 + b2}"
    higher = g1 if r1 > r2 else g2
    text = rng.choice([
        f"다음은 사례 조사 결과를 집단별로 정리한 표이다.\n{tb}\n각 집단에서 '{ans_lab[0]}'라고 답한 비율을 반올림하여 소수 첫째 자리까지 구하고, 그 비율이 더 높은 집단을 {_end(rng, '쓰')}",
        f"다음 교차표를 보고 '{ans_lab[0]}'의 비율이 더 높은 집단을 찾으시오. (두 집단의 인원이 다르므로 비율로 비교하고, 반올림하여 소수 첫째 자리까지 나타낸다.)\n{tb}",
    ])
    ans = f"{g1} {_r(r1, 1)}%, {g2} {_r(r2, 1)}%, {higher}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["백분율", "표"], check=lambda: (r1 > r2) == (higher == g1))


@family(_S22, "public-statistics-change")
def _stat_change(rng: random.Random) -> Problem:
    ind = rng.choice([("1인 가구 수", "만 가구"), ("전기차 등록 대수", "만 대"), ("65세 이상 인구", "만 명"), ("출생아 수", "천 명")])
    y0 = rng.randint(2015, 2018)
    yrs = [y0, y0 + 2, y0 + 4]
    v = [rng.randint(20, 500) for _ in yrs]
    tb = "연도 | " + " | ".join(map(str, yrs)) + f"\n{ind[0]}({ind[1]}) | " + " | ".join(map(str, v))
    i, j = 0, 2
    ch = Fr((v[j] - v[i]) * 100, v[i])
    while ch == 0:
        v[j] += 3
        ch = Fr((v[j] - v[i]) * 100, v[i])
    tb = "연도 | " + " | ".join(map(str, yrs)) + f"\n{ind[0]}({ind[1]}) | " + " | ".join(map(str, v))
    text = rng.choice([
        f"통계 포털에서 찾은 자료를 이용하여 사례 조사를 하고 있다(가상의 자료).\n{tb}\n{yrs[i]}년에 대한 {yrs[j]}년의 증감률을 반올림하여 소수 첫째 자리까지 구하고, 증가인지 감소인지 {_end(rng, '쓰')}",
        f"다음은 공공 통계 자료를 정리한 표이다(가상의 자료).\n{tb}\n{yrs[i]}년부터 {yrs[j]}년까지 몇 % 변하였는지 구하시오. (반올림하여 소수 첫째 자리까지)",
    ])
    ans = f"{_r(abs(ch), 1)}% {'증가' if ch > 0 else '감소'}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["백분율", "표"], check=lambda: (v[j] > v[i]) == (ch > 0))


@family(_S22, "overlapping-categories")
def _overlap(rng: random.Random) -> Problem:
    unit = rng.choice([("시간", [0, 1, 2, 3, 4]), ("권", [0, 2, 4, 6, 8]), ("회", [0, 3, 6, 9, 12])])
    u, cuts = unit
    bad = " ".join(f"({k + 1}) {cuts[k]}~{cuts[k + 1]}{u}" for k in range(4))
    good = " ".join([f"(1) {cuts[1]}{u} 미만"] + [f"({k + 1}) {cuts[k]}{u} 이상 {cuts[k + 1]}{u} 미만" for k in range(1, 4)] + [f"(5) {cuts[4]}{u} 이상"])
    text = rng.choice([
        f"{josa(name(rng), '은/는')} 설문 문항의 보기를 다음과 같이 만들었다.\n{bad}\n이 보기의 문제점을 두 가지 찾고, 바르게 고친 보기를 {_end(rng, '쓰')}",
        f"다음 설문 보기는 응답자가 답을 고르기 어려운 경우가 생긴다.\n{bad}\n어떤 경우에 문제가 생기는지 설명하고, 보기를 고쳐 쓰시오.",
    ])
    ans = f"경계값({cuts[1]}{u} 등)이 두 보기에 모두 속하고, {josa(f'{cuts[4]}{u}', '을/를')} 넘는 경우를 고를 보기가 없다. 고친 예: {good}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["설문지법", "이상", "미만"], check=lambda: True)


_S22_TASKS = [
    "우리 학교 학생들의 생활 습관(수면, 독서, 운동 등) 중 하나를 골라 사례 조사를 계획하시오. 조사 목적, 대상과 표본 추출 방법, 설문 문항 {k}개, 자료 분석 방법을 포함한 계획서를 작성하고, 친구들과 서로 문항을 검토하시오.",
    "공공 통계 포털에서 관심 있는 주제의 자료를 찾아 최근 {k}년의 변화를 표와 그래프로 정리하고, 변화율을 계산하여 그 의미를 해석하는 사례 조사 보고서를 작성하시오. 자료의 출처를 밝히시오.",
    "같은 주제에 대해 문항의 표현만 다르게 한 설문지 두 종류를 만들어 각각 {k}0명에게 조사하고, 문항 표현에 따라 응답 결과가 어떻게 달라지는지 비교하여 발표하시오.",
]


@family(_S22, "case-survey-task")
def _s22_task(rng: random.Random) -> Problem:
    t = rng.choice(_S22_TASKS)
    k = rng.choice([2, 3]) if "0명" in t else rng.choice([3, 5, 10])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["설문지법"])


# =================================================================================================
# 12수과02-03 수학 실험을 통한 탐구
# =================================================================================================
@family(_S23, "paper-folding-model")
def _folding(rng: random.Random) -> Problem:
    t = rng.choice([Fr(1, 10), Fr(8, 100), Fr(1, 20)])  # mm
    mode = rng.choice(["after", "exceed"])
    if mode == "after":
        n = rng.randint(5, 12)
        val = t * 2 ** n
        text = rng.choice([f"두께가 {_r(t, 2)}mm인 종이를 반으로 접는 실험을 하였더니 접을 때마다 두께가 2배가 되었다. 이 결과를 식으로 모델링하여 {n}번 접었을 때의 두께를 {_end(rng)} (단위: mm)",
                           f"종이 두께 {_r(t, 2)}mm, 접을 때마다 두께 2배라는 실험 결과로 만든 모델 y = {_r(t, 2)} × 2ˣ에서 x = {n}일 때 y의 값은?"])
        ans = f"{_r(val, 2)}mm"
        d, lev = 2, "D"
        ok = val == t * 2 ** n
    else:
        target_m, label = rng.choice([(1, "1m"), (10, "10m"), (555, "남산서울타워의 높이(약 555m)"), (8849, "에베레스트산의 높이(약 8849m)")])
        k = next(i for i in range(1, 200) if t * 2 ** i >= target_m * 1000)
        text = f"두께 {_r(t, 2)}mm인 종이를 반으로 접을 때마다 두께가 2배가 된다는 실험 결과를 이용하여, 종이를 계속 접을 수 있다고 가정할 때 두께가 처음으로 {label} 이상이 되려면 최소 몇 번 접어야 하는지 {_end(rng)}"
        ans = f"{k}번"
        d, lev = 3, "B"
        ok = t * 2 ** k >= target_m * 1000 > t * 2 ** (k - 1)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lev,
                   concepts=["거듭제곱", "지수함수"], also=["12대수01-08"] if mode == "exceed" else [], check=lambda: ok)


@family(_S23, "buffon-needle")
def _buffon(rng: random.Random) -> Problem:
    import math
    L = rng.choice([4, 5, 6])
    dd = rng.choice([8, 10, 12])
    N = rng.choice([200, 300, 500, 1000])
    p = 2 * L / (math.pi * dd)
    H = round(N * p) + rng.randint(-8, 8)
    est = Fr(2 * L * N, dd * H)
    text = rng.choice([
        f"간격이 {dd}cm인 평행선이 그려진 종이 위에 길이 {L}cm인 이쑤시개를 {N}번 떨어뜨렸더니 {H}번 선과 만났다. 뷔퐁의 바늘 실험에 따르면 π ≈ (2 × 바늘의 길이 × 던진 횟수) ÷ (선의 간격 × 만난 횟수)이다. 이 실험으로 추정한 π의 값을 반올림하여 소수 둘째 자리까지 {_end(rng)}",
        f"뷔퐁의 바늘 실험: 바늘 길이 {L}cm, 평행선 간격 {dd}cm, 던진 횟수 {N}번, 선과 만난 횟수 {H}번. π ≈ 2lN/(dH)로 추정할 때 π의 추정값은? (반올림하여 소수 둘째 자리까지)",
    ])
    ans = _r(est, 2)
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["원주율", "통계적 확률"], check=lambda: abs(float(est) - math.pi) < 0.5)


@family(_S23, "dice-simulation")
def _dice(rng: random.Random) -> Problem:
    N = rng.choice([60, 120, 300, 600])
    base = N // 6
    cnt = [base + rng.randint(-base // 4, base // 4) for _ in range(5)]
    cnt.append(N - sum(cnt))
    face = rng.randint(1, 6)
    tb = "눈 | 1 | 2 | 3 | 4 | 5 | 6\n나온 횟수 | " + " | ".join(map(str, cnt))
    rf = Fr(cnt[face - 1], N)
    text = rng.choice([
        f"주사위를 {N}번 던지는 실험을 하여 다음 결과를 얻었다.\n{tb}\n눈 {face}의 상대도수를 반올림하여 소수 셋째 자리까지 구하고, 수학적 확률 1/6(≈0.167)과의 차를 {_end(rng)}",
        f"공학 도구로 주사위 던지기를 {N}번 모의실험한 결과이다.\n{tb}\n눈 {face}이(가) 나온 상대도수와 수학적 확률의 차를 반올림하여 소수 셋째 자리까지 구하시오.".replace(f"눈 {face}이(가)", josa(f"눈 {face}", "이/가")),
    ])
    diff = abs(rf - Fr(1, 6))
    ans = f"{_r(rf, 3)}, 차 약 {_r(diff, 3)}" if "상대도수를" in text else f"약 {_r(diff, 3)}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["상대도수", "통계적 확률", "수학적 확률"], check=lambda: sum(cnt) == N)


@family(_S23, "pendulum-model")
def _pendulum(rng: random.Random) -> Problem:
    import math
    mode = rng.choice(["period", "length"])
    g = 9.8
    if mode == "period":
        L = rng.choice([0.25, 0.5, 1.0, 1.5, 2.0])
        T = 2 * math.pi * math.sqrt(L / g)
        text = f"진자의 주기 T(초)와 줄의 길이 L(m) 사이에는 T = 2π√(L/9.8)인 관계가 있다고 알려져 있다. 줄의 길이가 {L}m일 때 주기를 계산기로 구하여 반올림하여 소수 둘째 자리까지 구하고, 실험으로 잰 값과 비교할 때 주의할 점을 한 가지 {_end(rng, '쓰')}"
        ans = f"약 {_r(T, 2)}초, 예: 한 번의 왕복 시간은 짧아 오차가 크므로 10번 왕복한 시간을 재어 10으로 나눈다."
        d, lev = 3, "C"
        ok = abs(T - 2 * math.pi * (L / g) ** 0.5) < 1e-12
    else:
        k = rng.choice([2, 3, 4])
        text = rng.choice([f"진자 실험에서 줄의 길이를 바꾸어 가며 주기를 재었더니 주기는 줄의 길이의 제곱근에 비례하였다. 주기를 {k}배로 하려면 줄의 길이를 몇 배로 해야 하는지 {_end(rng)}",
                           f"진자의 주기가 √L에 비례한다는 실험 결과를 얻었다. 주기가 처음의 {k}배가 되는 줄의 길이는 처음 길이의 몇 배인가?"])
        ans = f"{k * k}배"
        d, lev = 2, "C"
        ok = math.isclose(math.sqrt(k * k), k)
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["제곱근"], check=lambda: ok)


@family(_S23, "two-point-linear-model")
def _linear_model(rng: random.Random) -> Problem:
    ctx = rng.choice([("추의 무게(g)", "용수철의 길이(cm)"), ("물을 데운 시간(분)", "물의 온도(℃)"), ("쌓은 컵의 개수(개)", "컵 탑의 높이(cm)")])
    x1, x2 = sorted(rng.sample(range(1, 10), 2))
    a = Fr(rng.randint(2, 12), 2)
    b = rng.randint(5, 30)
    y1, y2 = a * x1 + b, a * x2 + b
    x3 = rng.randint(11, 20)
    tb = f"{ctx[0]} | {x1} | {x2}\n{ctx[1]} | {_r(y1, 1)} | {_r(y2, 1)}"
    text = rng.choice([
        f"수학 실험에서 다음과 같은 결과를 얻었다. 두 양 사이의 관계를 일차함수 y = ax + b로 모델링하려고 한다.\n{tb}\na, b의 값을 구하고, x = {x3}일 때 y의 값을 예측하시오.",
        f"실험 결과가 다음과 같을 때 두 점을 지나는 직선으로 모델을 세워 {ctx[0].split('(')[0]}이(가) {x3}일 때의 {ctx[1].split('(')[0]}를 예측하시오.\n{tb}",
    ])
    text = text.replace(f"{ctx[0].split('(')[0]}이(가)", josa(ctx[0].split('(')[0], "이/가"))
    text = text.replace(f"{ctx[1].split('(')[0]}를", josa(ctx[1].split('(')[0], "을/를"))
    ans = f"a = {_r(a, 1)}, b = {b}, y = {_r(a * x3 + b, 1)}" if "a, b의 값" in text else f"{_r(a * x3 + b, 1)}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["일차함수", "기울기"], check=lambda: (y2 - y1) / (x2 - x1) == a)


_MODEL_STEPS = ["실생활 문제 상황 파악", "수학 문제로 변환(모델 세우기)", "수학적으로 해결", "결과를 실제 상황에서 해석", "모델 검증 및 수정"]


@family(_S23, "modeling-cycle-order")
def _model_order(rng: random.Random) -> Problem:
    labs = ["(가)", "(나)", "(다)", "(라)", "(마)"]
    perm = list(range(5))
    rng.shuffle(perm)
    listing = "\n".join(f"{labs[i]} {_MODEL_STEPS[perm[i]]}" for i in range(5))
    correct = " → ".join(labs[perm.index(s)] for s in range(5))
    text = rng.choice([f"수학적 모델링 과정을 순서대로 나열하시오.\n{listing}",
                       f"다음은 수학 실험을 통한 탐구에서 거치는 수학적 모델링의 단계이다. 순서에 맞게 기호를 {_end(rng, '쓰')}\n{listing}"])
    return Problem(text=text, answer=correct, format="fill", difficulty=1, achievement_level="E",
                   concepts=[], check=lambda: sorted(perm) == list(range(5)))


@family(_S23, "monte-carlo-pi")
def _monte(rng: random.Random) -> Problem:
    import math
    N = rng.choice([400, 500, 1000, 2000])
    inside = round(N * math.pi / 4) + rng.randint(-15, 15)
    est = Fr(4 * inside, N)
    text = rng.choice([
        f"한 변의 길이가 2인 정사각형 안에 점을 무작위로 {N}개 찍었더니 그중 {inside}개가 정사각형에 내접하는 원 안에 있었다. (원의 넓이) ÷ (정사각형의 넓이) = π/4임을 이용하여 π의 추정값을 {_end(rng)}",
        f"공학 도구로 정사각형 안에 점 {N}개를 무작위로 찍는 모의실험을 하였더니 내접원 안의 점이 {inside}개였다. 이 실험으로 추정한 원주율의 값은?",
    ])
    ans = _r(est, 3)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["원주율", "통계적 확률"], check=lambda: abs(float(est) - math.pi) < 0.2)


_VAR_CASES = [
    ("종이비행기 날개의 접은 각도를 바꾸어 가며 비행 거리를 측정하였다. 종이의 크기와 던지는 높이는 같게 하였다.",
     "날개의 접은 각도", "비행 거리", "종이의 크기, 던지는 높이"),
    ("경사면의 기울기를 바꾸어 가며 공이 굴러 내려오는 시간을 쟀다. 같은 공과 같은 길이의 경사면을 사용하였다.",
     "경사면의 기울기", "굴러 내려오는 시간", "공의 종류, 경사면의 길이"),
    ("주사위를 던지는 횟수를 늘려 가며 1의 눈이 나오는 상대도수를 기록하였다. 같은 주사위를 같은 방법으로 던졌다.",
     "던진 횟수", "1의 눈의 상대도수", "주사위의 종류, 던지는 방법"),
]


@family(_S23, "experiment-variables")
def _vars(rng: random.Random) -> Problem:
    desc, ind, dep, ctl = rng.choice(_VAR_CASES)
    mode = rng.choice(["all", "mcq"])
    if mode == "all":
        text = f"다음 수학 실험에서 조작 변인(바꾸는 양), 종속 변인(측정하는 양), 통제 변인(같게 유지하는 조건)을 각각 {_end(rng, '쓰')}\n\"{desc}\""
        ans = f"조작 변인: {ind}, 종속 변인: {dep}, 통제 변인: {ctl}"
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                       concepts=["변수"], check=lambda: True)
    others = [c for c in _VAR_CASES if c[0] != desc]
    wrong = [dep, ctl.split(", ")[0], ctl.split(", ")[1]] + [o[1] for o in others]
    ch = choices(rng, ind, wrong)
    text = f"다음 실험에서 실험자가 의도적으로 바꾼 변인(조작 변인)은?\n\"{desc}\"\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["변수"], choice=ch, check=lambda: True)


_S23_TASKS = [
    "종이를 접는 횟수와 두께, 또는 종이를 자르는 횟수와 조각 수처럼 지수적으로 변하는 현상을 하나 골라 직접 실험하고, 결과를 표와 그래프로 정리하여 함수로 모델링하시오. 모델과 실제 측정값의 차이가 생긴 까닭을 {k}가지 이상 분석하시오.",
    "공학 도구를 이용하여 동전 던지기, 주사위 던지기 등의 모의실험을 {k}000번 이상 수행하고, 시행 횟수가 늘어남에 따라 상대도수가 수학적 확률에 가까워지는지 그래프로 확인하는 실험 보고서를 작성하시오.",
    "진자의 줄 길이를 {k}가지 이상으로 바꾸어 주기를 측정하고, 측정값으로 줄 길이와 주기 사이의 관계를 추측하는 실험을 설계·수행하시오. 조작 변인, 종속 변인, 통제 변인을 분명히 하고 측정 오차를 줄이는 방법을 쓰시오.",
]


@family(_S23, "experiment-design-task")
def _s23_task(rng: random.Random) -> Problem:
    t = rng.choice(_S23_TASKS)
    k = rng.choice([2, 3, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["변수"])


# =================================================================================================
# 12수과02-04 개발 연구를 통한 탐구
# =================================================================================================
@family(_S24, "fair-game-payoff")
def _fair(rng: random.Random) -> Problem:
    import itertools
    ev, desc = rng.choice([
        (lambda a, b: a + b == 7, "두 주사위의 눈의 합이 7"),
        (lambda a, b: a == b, "두 주사위의 눈이 같은 경우"),
        (lambda a, b: a + b >= 10, "두 주사위의 눈의 합이 10 이상"),
        (lambda a, b: a * b % 2 == 0, "두 주사위의 눈의 곱이 짝수"),
        (lambda a, b: abs(a - b) == 1, "두 주사위의 눈의 차가 1"),
    ])
    win = sum(1 for a, b in itertools.product(range(1, 7), repeat=2) if ev(a, b))
    lose = 36 - win
    cost = rng.choice([100, 200, 300, 500])
    x = Fr(cost * lose, win)
    text = rng.choice([
        f"보드게임을 개발하고 있다. 참가자가 주사위 두 개를 던져 {desc}이면 점수 x점을 얻고, 그렇지 않으면 {cost}점을 잃는다. 점수의 기댓값이 0이 되는 공정한 게임이 되도록 x의 값을 {_end(rng)}".replace("경우이면", "경우에"),
        f"[게임 설계] 주사위 두 개를 던져 {desc}이면 x점 획득, 아니면 {cost}점 차감인 규칙을 만들려고 한다. 공정한 게임(기댓값 0)이 되려면 x는 얼마여야 하는가?".replace("경우이면", "경우에"),
    ])
    ans = f"{_r(x, 1)}점" if x.denominator != 1 else f"{x.numerator}점"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["확률"], also=["12확통02-01"], check=lambda: x * win == cost * lose)


@family(_S24, "magic-constant")
def _magic_c(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 5, 6])
    start = rng.choice([1, 1, 2, 0])
    nums = list(range(start, start + n * n))
    S = Fr(sum(nums), n)
    text = rng.choice([
        f"{start}부터 {start + n * n - 1}까지의 자연수를 한 번씩 써서 {n} × {n} 마방진 퍼즐을 개발하려고 한다. 가로, 세로, 대각선의 합(마방진의 상수)이 얼마가 되어야 하는지 {_end(rng)}" if start else
        f"0부터 {n * n - 1}까지의 정수를 한 번씩 써서 {n} × {n} 마방진 퍼즐을 만들려고 한다. 각 줄의 합을 {_end(rng)}",
        f"{n} × {n} 칸에 {start}, {start + 1}, …, {start + n * n - 1}을 한 번씩 넣어 각 가로줄의 합이 모두 같게 하려고 한다. 한 줄의 합은 얼마인가?",
    ])
    ans = str(S.numerator) if S.denominator == 1 else _r(S, 1)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["덧셈", "평균"], check=lambda: S * n == sum(nums))


_TANGRAM = [("큰 직각이등변삼각형", Fr(1, 4)), ("중간 직각이등변삼각형", Fr(1, 8)), ("작은 직각이등변삼각형", Fr(1, 16)),
            ("정사각형 조각", Fr(1, 8)), ("평행사변형 조각", Fr(1, 8))]


@family(_S24, "tangram-areas")
def _tangram(rng: random.Random) -> Problem:
    side = rng.choice([8, 12, 16, 20])
    piece, f = rng.choice(_TANGRAM)
    area = Fr(side * side) * f
    mode = rng.choice(["area", "ratio"])
    if mode == "area":
        text = rng.choice([f"한 변이 {side}cm인 정사각형을 잘라 칠교판 퍼즐을 만들었다. 칠교판의 {piece}(전체 넓이의 {f.numerator}/{f.denominator})의 넓이를 {_end(rng)}",
                           f"칠교판 퍼즐을 개발하기 위해 한 변이 {side}cm인 정사각형을 7조각으로 나누었다. {piece} 한 개의 넓이는 전체의 {f.numerator}/{f.denominator}일 때 몇 cm²인가?"])
        ans = f"{_r(area, 1)}cm²"
        d, lev = 1, "D"
    else:
        text = f"칠교판은 큰 직각이등변삼각형 2개, 중간 직각이등변삼각형 1개, 작은 직각이등변삼각형 2개, 정사각형 1개, 평행사변형 1개로 이루어진다. 작은 삼각형의 넓이를 1이라 할 때, 큰 삼각형, 중간 삼각형, 정사각형, 평행사변형의 넓이를 각각 {_end(rng)}"
        ans = "4, 2, 2, 2"
        d, lev = 2, "C"
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lev,
                   concepts=["분수", "정사각형"],
                   check=lambda: 2 * Fr(1, 4) + Fr(1, 8) + 2 * Fr(1, 16) + Fr(1, 8) + Fr(1, 8) == 1)


_DEV_STEPS = ["개발 주제와 목표 설정", "수학적 원리를 이용한 설계", "시제품 제작", "사용해 보며 시험·평가", "수정·보완 후 완성"]


@family(_S24, "development-steps")
def _dev_steps(rng: random.Random) -> Problem:
    labs = ["(가)", "(나)", "(다)", "(라)", "(마)"]
    perm = list(range(5))
    rng.shuffle(perm)
    listing = "\n".join(f"{labs[i]} {_DEV_STEPS[perm[i]]}" for i in range(5))
    correct = " → ".join(labs[perm.index(s)] for s in range(5))
    text = rng.choice([f"다음은 개발 연구를 통한 탐구(예: 수학 보드게임 만들기)의 단계이다. 순서대로 기호를 {_end(rng, '쓰')}\n{listing}",
                       f"수학을 이용한 산출물을 개발하는 탐구의 절차에 맞게 (가)~(마)를 배열하시오.\n{listing}"])
    return Problem(text=text, answer=correct, format="fill", difficulty=1, achievement_level="E",
                   concepts=[], check=lambda: sorted(perm) == list(range(5)))


@family(_S24, "graph-art-circle")
def _graph_art(rng: random.Random) -> Problem:
    a, b = rng.randint(-5, 5), rng.randint(-5, 5)
    r = rng.randint(1, 6)
    part = rng.choice(["캐릭터의 얼굴", "눈사람의 몸통", "해", "바퀴", "꽃의 가운데"])
    def sgn(v: int, var: str) -> str:
        if v == 0:
            return f"{var}²"
        return f"({var} {'-' if v > 0 else '+'} {abs(v)})²"
    eq = f"{sgn(a, 'x')} + {sgn(b, 'y')} = {r * r}"
    mode = rng.choice(["write", "read"])
    if mode == "write":
        text = f"공학 도구로 함수와 방정식의 그래프를 이용한 그림을 개발하고 있다. {josa(part, '을/를')} 중심이 ({a}, {b})이고 반지름이 {r}인 원으로 그리려고 할 때 입력할 원의 방정식을 {_end(rng, '쓰')}"
        ans = eq
    else:
        text = f"그래프 그림 프로그램에 방정식 {eq}를 입력하여 {josa(part, '을/를')} 그렸다. 이 원의 중심의 좌표와 반지름의 길이를 {_end(rng)}".replace(f"{eq}를", josa(eq, "을/를"))
        ans = f"중심 ({a}, {b}), 반지름 {r}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["원의 중심", "반지름"],
                   check=lambda: r > 0)


@family(_S24, "board-square-frequency")
def _board(rng: random.Random) -> Problem:
    import itertools
    sums = [a + b for a, b in itertools.product(range(1, 7), repeat=2)]
    k = rng.randint(2, 12)
    cnt = sums.count(k)
    style_q = rng.choice(["prob", "best"])
    if style_q == "prob":
        text = rng.choice([f"보드게임을 개발하면서 말이 주사위 두 개의 눈의 합만큼 움직이도록 하였다. 출발점에서 한 번 던져 정확히 {k}칸 앞의 '보물 칸'에 도착할 확률을 {_end(rng)}",
                           f"주사위 두 개를 던져 나온 눈의 합만큼 말을 옮기는 게임에서, 출발 칸으로부터 {k}번째 칸에 한 번에 도착할 확률은?"])
        f = Fr(cnt, 36)
        ans = f"{f.numerator}/{f.denominator}"
        d, lev = 2, "C"
    else:
        text = "주사위 두 개의 눈의 합만큼 말을 옮기는 보드게임을 개발하고 있다. 출발점에서 한 번 던졌을 때 도착할 확률이 가장 큰 칸은 출발점에서 몇 번째 칸이고, 그 확률은 얼마인지 구하시오. 또, 이 칸에 '함정'을 두면 게임이 어떻게 달라질지 쓰시오."
        ans = "7번째 칸, 1/6, 함정에 걸릴 확률이 가장 커서 게임이 참가자에게 불리해진다(함정의 효과가 커진다)."
        d, lev = 3, "B"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["확률"], also=["12확통02-01"], check=lambda: sums.count(7) == 6)


@family(_S24, "card-hand-count")
def _cards(rng: random.Random) -> Problem:
    n = rng.choice([10, 12, 15, 20, 24])
    k = rng.choice([2, 3, 4])
    text = rng.choice([
        f"서로 다른 카드 {n}장으로 된 수학 카드 게임을 개발하고 있다. 한 사람이 카드 {k}장을 받을 때, 받을 수 있는 카드 조합은 모두 몇 가지인지 {_end(rng)} (받는 순서는 생각하지 않는다.)",
        f"카드 {n}장 중 {k}장을 뽑아 만드는 '한 패'의 종류가 충분히 많아야 게임이 지루하지 않다. 가능한 패는 모두 몇 가지인가?",
    ])
    ans = f"{_m.comb(n, k)}가지"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["조합"], also=["10공수1-03-03"], check=lambda: _m.comb(n, k) == _m.perm(n, k) // _m.factorial(k))


@family(_S24, "package-min-surface")
def _package(rng: random.Random) -> Problem:
    V = rng.choice([64, 216, 512, 1000, 729])
    s = round(V ** (1 / 3))
    cands = []
    for a in range(1, V + 1):
        if V % a:
            continue
        for b in range(a, V // a + 1):
            if (V // a) % b:
                continue
            c = V // a // b
            if c >= b:
                cands.append((a, b, c, 2 * (a * b + b * c + c * a)))
    opts = rng.sample([x for x in cands if x[0] != s or x[1] != s], 3) + [(s, s, s, 6 * s * s)]
    rng.shuffle(opts)
    tb = "상자 | " + " | ".join(f"{chr(65 + i)}" for i in range(4)) + "\n가로×세로×높이(cm) | " + " | ".join(f"{a}×{b}×{c}" for a, b, c, _ in opts)
    best = min(range(4), key=lambda i: opts[i][3])
    text = f"부피가 {V}cm³인 상자를 가장 적은 재료로 만들기 위해 여러 크기의 상자를 설계하였다.\n{tb}\n각 상자의 겉넓이를 구하고, 재료가 가장 적게 드는 상자를 {_end(rng, '쓰')}"
    ans = ", ".join(f"{chr(65 + i)} {o[3]}cm²" for i, o in enumerate(opts)) + f", {chr(65 + best)}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["직육면체", "정육면체"],
                   check=lambda: opts[best][:3] == (s, s, s))


_S24_TASKS = [
    "확률을 이용하여 두 명 이상이 공정하게 즐길 수 있는 보드게임을 개발하시오. 게임 규칙, 각 참가자가 이길 확률 또는 점수의 기댓값 계산, 시제품 사진, 친구 {k}명 이상의 사용 후기와 이를 반영한 수정 내용을 담은 개발 보고서를 제출하시오.",
    "공학 도구에서 함수와 방정식의 그래프만을 이용하여 캐릭터나 건축물 그림을 그리시오. 사용한 식을 {k}개 이상 제시하고, 각 식의 정의역이나 범위를 어떻게 정하였는지 설명하시오.",
    "도형의 성질(대칭, 닮음, 쪽매맞춤 등)을 이용한 퍼즐을 설계하여 만들고, 퍼즐의 해가 존재함을 수학적으로 설명하시오. 친구 {k}명에게 풀게 한 뒤 걸린 시간을 조사하여 난이도를 조정하시오.",
]


@family(_S24, "development-project-task")
def _s24_task(rng: random.Random) -> Problem:
    t = rng.choice(_S24_TASKS)
    k = rng.choice([3, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["확률"])


# =================================================================================================
# 12수과03-01 탐구 주제 선정과 탐구 계획 수립
# =================================================================================================
_S31, _S32, _S33, _S34 = "12수과03-01", "12수과03-02", "12수과03-03", "12수과03-04"

_TOPICS = [
    ("교실의 형광등 수", "교실의 넓이에 따라 필요한 조명의 개수를 어떻게 정할까?"),
    ("학교 매점의 대기 줄", "계산대를 몇 개 운영하면 평균 대기 시간이 5분 이하가 될까?"),
    ("농구 자유투", "자유투 성공률과 던지는 각도 사이에는 어떤 관계가 있을까?"),
    ("버스 노선도", "우리 동네의 모든 정류장을 한 번씩만 지나는 노선을 만들 수 있을까?"),
    ("해바라기 씨앗", "해바라기 씨앗의 나선 개수는 피보나치수열을 따를까?"),
]


@family(_S31, "phenomenon-to-question")
def _phen(rng: random.Random) -> Problem:
    ph, good = rng.choice(_TOPICS)
    bad = ["이 현상은 왜 생길까?", f"{ph}에 대해 알아보자.", "이것과 관련된 모든 것을 조사하자.", "수학은 어디에나 있을까?", "사람들은 이것을 좋아할까?"]
    ch = choices(rng, good, bad)
    text = rng.choice([f"{josa(name(rng), '은/는')} 주변에서 '{ph}'을(를) 보고 수학 탐구 주제를 찾으려고 한다. 탐구 문제로 가장 적절한 것은?\n{ch.block}",
                       f"'{ph}'에서 출발한 수학 탐구 문제로 초점이 가장 명확하고 탐구 가능한 것은?\n{ch.block}"])
    text = text.replace(f"'{ph}'을(를)", josa(f"'{ph}'", "을/를"))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], choice=ch, check=lambda: True)


_PLAN_ITEMS = ["탐구 주제와 탐구 문제", "탐구 방법", "필요한 자료와 준비물", "역할 분담", "일정", "예상 결과"]


@family(_S31, "plan-missing-item")
def _plan_missing(rng: random.Random) -> Problem:
    miss = rng.choice(_PLAN_ITEMS[1:])
    shown = [x for x in _PLAN_ITEMS if x != miss]
    rng.shuffle(shown)
    topic = rng.choice(["종이비행기 날개 모양과 비행 거리", "학교 급식 잔반 줄이기", "원주율을 실험으로 추정하기", "공정한 주사위 게임 만들기"])
    ch = choices(rng, miss, [x for x in ["탐구 결과에 대한 결론", "발표 후기", "동료 평가 점수", "참고한 교과서 쪽수", "최종 보고서 표지"]])
    text = f"'{topic}'에 대한 탐구 계획서에 다음 항목이 들어 있다.\n" + ", ".join(shown) + f"\n탐구 계획서에 꼭 들어가야 하지만 빠진 항목은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], choice=ch, check=lambda: miss not in shown)


@family(_S31, "schedule-gantt")
def _schedule(rng: random.Random) -> Problem:
    weeks = rng.choice([8, 10, 12])
    parts = [("주제 선정과 계획", rng.randint(1, 2)), ("자료 수집", rng.randint(2, 3)), ("분석", rng.randint(1, 3)), ("보고서 작성", rng.randint(1, 2))]
    used = sum(p for _, p in parts)
    rest = weeks - used
    if rest < 1:
        weeks = used + rng.randint(1, 2)
        rest = weeks - used
    tb = "단계 | " + " | ".join(n for n, _ in parts) + " | 발표 준비\n기간(주) | " + " | ".join(str(p) for _, p in parts) + " | □"
    start = rng.choice([3, 4, 9])
    end_wk = sum(p for _, p in parts[:3])
    text = rng.choice([
        f"{weeks}주 동안 진행하는 수학과제 탐구의 일정을 다음과 같이 계획하였다.\n{tb}\n(1) □ 안에 알맞은 수를 구하시오.\n(2) {start}월 첫째 주에 시작한다면 분석 단계는 시작한 지 몇 주째에 끝나는지 구하시오.",
    ])
    ans = f"(1) {rest} (2) {end_wk}주째"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["덧셈", "뺄셈"], check=lambda: used + rest == weeks)


@family(_S31, "sample-size-plan")
def _sample_plan(rng: random.Random) -> Problem:
    grades = [rng.randint(150, 320) for _ in range(3)]
    tot = sum(grades)
    n = rng.choice([60, 90, 100, 120, 150])
    alloc = [Fr(g * n, tot) for g in grades]
    text = rng.choice([
        f"탐구 계획을 세우면서 1, 2, 3학년 학생 수({grades[0]}명, {grades[1]}명, {grades[2]}명)에 비례하도록 모두 {n}명을 뽑아 설문 조사를 하기로 하였다. 각 학년에서 뽑을 학생 수를 반올림하여 정수로 {_end(rng)}",
        f"전교생 {tot}명(1학년 {grades[0]}명, 2학년 {grades[1]}명, 3학년 {grades[2]}명) 중 {n}명을 학년별 인원 비율에 맞게 뽑으려 한다. 학년별로 몇 명씩 뽑아야 하는가? (반올림하여 정수로)",
    ])
    ans = ", ".join(f"{i + 1}학년 {_r(a, 0)}명" for i, a in enumerate(alloc))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["비례배분", "표본"], also=[_S22], check=lambda: sum(alloc) == n)


@family(_S31, "method-match")
def _method_match(rng: random.Random) -> Problem:
    items = [
        ("우리 반 학생들이 가장 좋아하는 수학 단원은 무엇일까?", "사례 조사"),
        ("고대 여러 문명은 원주율을 어떻게 계산했을까?", "문헌 조사"),
        ("종이컵을 쌓은 개수와 높이 사이에는 어떤 관계가 있을까?", "수학 실험"),
        ("확률을 이용하여 공정한 윷놀이 변형 게임을 만들 수 있을까?", "개발 연구"),
        ("우리 지역 인구는 앞으로 어떻게 변할까?(통계 자료 활용)", "사례 조사"),
        ("종이접기로 정오각형을 만드는 방법은 무엇일까?", "개발 연구"),
    ]
    q, m = rng.choice(items)
    opts = ["문헌 조사", "사례 조사", "수학 실험", "개발 연구"]
    ch = choices(rng, m, [o for o in opts if o != m], n=4, sort_key=opts.index)
    text = f"탐구 문제 '{q}'를 해결하기 위한 탐구 방법으로 가장 알맞은 것은?\n{ch.block}".replace(f"'{q}'를", josa(f"'{q}'", "을/를"))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], choice=ch, check=lambda: m in opts)


@family(_S31, "hypothesis-variables-plan")
def _hyp(rng: random.Random) -> Problem:
    cases = [
        ("공을 떨어뜨리는 높이가 높을수록 튀어 오르는 높이도 높을 것이다.", "떨어뜨리는 높이", "튀어 오르는 높이", "공의 종류, 바닥의 재질"),
        ("스마트폰 사용 시간이 길수록 수면 시간은 짧을 것이다.", "스마트폰 사용 시간", "수면 시간", "조사 대상(같은 학년), 조사 기간"),
        ("종이비행기의 날개 면적이 넓을수록 오래 날 것이다.", "날개 면적", "비행 시간", "종이의 종류, 던지는 세기와 높이"),
    ]
    h, ind, dep, ctl = rng.choice(cases)
    text = rng.choice([f"탐구 계획서에 다음과 같은 가설을 세웠다.\n\"{h}\"\n이 가설을 확인하기 위한 조작 변인, 종속 변인, 통제 변인을 각각 {_end(rng, '쓰')}",
                       f"가설 \"{h}\"를 검증하는 탐구를 계획하려고 한다. 바꿀 변인, 측정할 변인, 같게 유지할 변인을 정하시오.".replace(f"\"{h}\"를", f"\"{h}\"" + "를")])
    ans = f"조작 변인: {ind}, 종속 변인: {dep}, 통제 변인: {ctl}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["변수"], also=[_S23], check=lambda: True)


@family(_S31, "feasibility-check")
def _feas(rng: random.Random) -> Problem:
    n_people = rng.choice([300, 500, 1000])
    per = rng.choice([3, 5, 10])
    hours = rng.choice([10, 15, 20])
    need = Fr(n_people * per, 60)
    ok_time = need <= hours
    text = rng.choice([
        f"{josa(name(rng), '은/는')} 한 사람당 {per}분씩 면담하여 {n_people}명을 조사하는 탐구를 계획하였다. 탐구에 쓸 수 있는 시간이 모두 {hours}시간이라면 이 계획은 실현 가능한지 계산을 근거로 판단하고, 실현 가능하지 않다면 계획을 어떻게 고칠지 {_end(rng, '쓰')}",
    ])
    ans = f"필요한 시간은 {_r(need, 1)}시간이므로 {'실현 가능하다' if ok_time else '실현 가능하지 않다. 조사 인원을 줄이거나(표본 추출) 면담 대신 설문지를 사용하는 등 계획을 수정한다'}."
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["나눗셈"], check=lambda: (n_people * per <= hours * 60) == ok_time)


_S31_TASKS = [
    "일상에서 궁금했던 현상 {k}가지를 적고, 각 현상에서 수학적으로 탐구할 수 있는 질문을 만드시오. 그중 하나를 골라 탐구 주제, 탐구 문제, 탐구 방법, 필요한 자료, 일정, 역할 분담, 예상 결과가 포함된 탐구 계획서를 작성하시오.",
    "모둠별로 탐구 주제 후보 {k}개를 정하고 '흥미', '수학적 가치', '실현 가능성', '자료 확보' 기준으로 점수를 매겨 주제를 선정하시오. 선정 과정과 점수표를 탐구 계획서에 포함하시오.",
]


@family(_S31, "planning-task")
def _s31_task(rng: random.Random) -> Problem:
    t = rng.choice(_S31_TASKS)
    k = rng.choice([3, 4, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])


# =================================================================================================
# 12수과03-02 탐구 수행
# =================================================================================================
@family(_S32, "repeat-trials-average")
def _trials(rng: random.Random) -> Problem:
    conds = rng.choice([[10, 20, 30, 40], [15, 30, 45, 60], [20, 40, 60, 80]])
    what = rng.choice([("경사면의 각도(°)", "굴러간 거리(cm)"), ("떨어뜨린 높이(cm)", "튀어 오른 높이(cm)"), ("날개 길이(mm)", "비행 거리(cm)")])
    fac = rng.choice([2, 3])
    data = [[c * fac // 2 + rng.randint(-3, 3) + 10 for _ in range(3)] for c in conds]
    avgs = [Fr(sum(r), 3) for r in data]
    tb = f"{what[0]} | 1회 | 2회 | 3회\n" + "\n".join(f"{c} | " + " | ".join(map(str, r)) for c, r in zip(conds, data, strict=True))
    i = rng.randrange(4)
    mode = rng.choice(["one", "all"])
    if mode == "one":
        q = f"{what[0].split('(')[0]}가 {conds[i]}일 때 {what[1].split('(')[0]}의 평균을 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        q = q.replace(f"{what[0].split('(')[0]}가", josa(what[0].split('(')[0], "이/가"))
        ans = _r(avgs[i], 1)
    else:
        q = f"조건별 평균을 각각 반올림하여 소수 첫째 자리까지 구하고, {what[0].split('(')[0]}와 {what[1].split('(')[0]} 사이의 관계를 {_end(rng, '쓰')}"
        q = q.replace(f"{what[0].split('(')[0]}와", josa(what[0].split('(')[0], "과/와"))
        inc = all(avgs[k] < avgs[k + 1] for k in range(3))
        ans = ", ".join(_r(a, 1) for a in avgs) + (", 한쪽이 커질수록 다른 쪽도 커지는 경향이 있다." if inc else ", 일정한 경향이 뚜렷하지 않다.")
    text = f"탐구를 수행하면서 같은 조건에서 3번씩 측정하여 다음 결과를 얻었다. ({what[1]})\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["평균", "표"], check=lambda: all(a * 3 == sum(r) for a, r in zip(avgs, data, strict=True)))


@family(_S32, "data-cleaning")
def _cleaning(rng: random.Random) -> Problem:
    k = rng.choice([6, 7, 8])
    vals = [rng.randint(4, 9) for _ in range(k)]
    err_i = rng.randrange(k)
    err_v = rng.choice([-3, -2, 30, 75])
    shown = vals[:]
    shown[err_i] = err_v
    what = rng.choice(["하루 수면 시간(시간)", "일주일 운동 횟수(회)", "하루 독서 시간(시간)"])
    text = rng.choice([
        f"설문으로 모은 '{what}' 자료이다.\n{', '.join(map(str, shown))}\n입력 과정에서 생긴 것이 분명한 잘못된 값을 찾고, 그 값을 제외한 나머지 자료의 평균을 반올림하여 소수 첫째 자리까지 구하시오. 또, 제외한 사실을 보고서에 어떻게 밝힐지 쓰시오.",
    ])
    m = Fr(sum(vals) - vals[err_i], k - 1)
    ans = f"{err_v}, 평균 {_r(m, 1)}, '입력 오류로 보이는 값 {err_v} 1개를 제외하고 {k - 1}명의 자료로 분석하였다'라고 밝힌다."
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["평균"], also=[_S12], check=lambda: err_v not in range(4, 10))


@family(_S32, "proportional-check")
def _prop(rng: random.Random) -> Problem:
    k = rng.choice([Fr(3, 2), Fr(5, 2), Fr(4), Fr(12, 5)])
    xs = sorted(rng.sample(range(2, 15), 4))
    prop = rng.random() < 0.5
    ys = [k * x for x in xs] if prop else [k * x + rng.choice([2, 3, 5]) for x in xs]
    what = rng.choice([("쌓은 동전 수(개)", "높이(mm)"), ("사용 시간(시간)", "전력량(Wh)"), ("이동 시간(분)", "거리(km)")])
    tb = f"{what[0]} | " + " | ".join(map(str, xs)) + f"\n{what[1]} | " + " | ".join(_r(y, 1) for y in ys)
    text = rng.choice([f"탐구 수행 중 다음과 같은 자료를 얻었다.\n{tb}\n두 양이 정비례하는지 y/x의 값을 계산하여 판단하고, 정비례하면 관계식을 {_end(rng, '쓰')}"])
    ratios = [y / x for x, y in zip(xs, ys, strict=True)]
    if prop:
        ans = f"y/x의 값이 모두 {_r(k, 1)}로 일정하므로 정비례한다. y = {_r(k, 1)}x"
    else:
        ans = "y/x의 값이 일정하지 않으므로 정비례하지 않는다. (" + ", ".join(_r(r, 2) for r in ratios) + ")"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["정비례"], check=lambda: (len(set(ratios)) == 1) == prop)


@family(_S32, "counterexample-search")
def _counter(rng: random.Random) -> Problem:
    cases = [
        ("n이 소수이면 2ⁿ − 1도 소수이다.", "n = 11일 때 2¹¹ − 1 = 2047 = 23 × 89", lambda: 2 ** 11 - 1 == 23 * 89),
        ("n² + n + 1은 항상 소수이다.", "n = 4일 때 4² + 4 + 1 = 21 = 3 × 7", lambda: 4 * 4 + 4 + 1 == 21),
        ("홀수인 자연수는 모두 소수이거나 1이다.", "9 = 3 × 3", lambda: 9 == 3 * 3),
        ("2ⁿ + 1이 소수이면 n도 소수이다.", "n = 4일 때 2⁴ + 1 = 17은 소수이지만 4는 소수가 아니다", lambda: 2 ** 4 + 1 == 17),
        ("연속한 세 자연수의 합은 항상 6의 배수이다.", "2 + 3 + 4 = 9는 6의 배수가 아니다", lambda: (2 + 3 + 4) % 6 != 0),
    ]
    claim, ce, chk = rng.choice(cases)
    text = rng.choice([f"탐구 중에 다음과 같은 추측을 세웠다.\n\"{claim}\"\n작은 수부터 차례로 확인하여 이 추측의 반례를 찾아 {_end(rng, '쓰')}",
                       f"{josa(name(rng), '은/는')} 몇 가지 예를 보고 '{claim}'라고 추측하였다. 이 추측이 거짓임을 보이는 반례를 하나 드시오."])
    return Problem(text=text, answer=ce, format="proof", difficulty=3, achievement_level="B",
                   concepts=["소수", "명제"], check=chk)


@family(_S32, "grid-paths-pattern")
def _paths(rng: random.Random) -> Problem:
    m, n = rng.randint(2, 5), rng.randint(2, 5)
    text = rng.choice([
        f"격자 도로망에서 오른쪽 또는 위쪽으로만 움직여 출발점에서 가로 {m}칸, 세로 {n}칸 떨어진 도착점까지 가는 최단 경로의 수를 탐구하고 있다. 각 교차점까지 가는 경로의 수를 차례로 더해 가는 방법(덧셈 표)으로 구한 결과를 {_end(rng)}",
        f"가로 {m}칸, 세로 {n}칸인 바둑판 모양의 길에서 최단 경로의 수를 세는 탐구를 수행하였다. 작은 경우부터 규칙을 찾아 최단 경로의 수를 구하시오.",
    ])
    ans = f"{_m.comb(m + n, m)}가지"
    def table() -> int:
        g = [[1] * (n + 1) for _ in range(m + 1)]
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                g[i][j] = g[i - 1][j] + g[i][j - 1]
        return g[m][n]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["조합"], also=["10공수1-03-03"], check=lambda: table() == _m.comb(m + n, m))


@family(_S32, "relative-error")
def _relerr(rng: random.Random) -> Problem:
    true_v, meas = rng.choice([(Fr(31416, 10000), Fr(rng.randint(300, 330), 100)), (Fr(98, 10), Fr(rng.randint(930, 1030), 100)), (Fr(2), Fr(rng.randint(185, 215), 100))])
    while meas == true_v:
        meas += Fr(1, 100)
    label = {Fr(31416, 10000): "원주율(참값 3.1416)", Fr(98, 10): "중력 가속도(참값 9.8m/s²)", Fr(2): "이론값 2"}[true_v]
    err = abs(meas - true_v) / true_v * 100
    text = rng.choice([f"수학 실험으로 {label}을(를) 구하였더니 {_r(meas, 2)}이(가) 나왔다. 상대 오차(= |측정값 − 참값| ÷ 참값 × 100)를 반올림하여 소수 첫째 자리까지 {_end(rng)}",
                       f"실험 결과 {_r(meas, 2)}을(를) 얻었다. {label}에 대한 상대 오차는 몇 %인가? (반올림하여 소수 첫째 자리까지)"])
    text = text.replace(f"{label}을(를)", josa(label, "을/를")).replace(f"{_r(meas, 2)}이(가)", josa(_r(meas, 2), "이/가")).replace(f"{_r(meas, 2)}을(를)", josa(_r(meas, 2), "을/를"))
    ans = f"약 {_r(err, 1)}%"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["백분율", "절댓값"], check=lambda: err > 0)


@family(_S32, "midpoint-progress")
def _progress(rng: random.Random) -> Problem:
    target = rng.choice([100, 120, 150, 200])
    weeks = rng.choice([4, 5, 6])
    done_w = rng.randint(1, weeks - 1)
    got = rng.randint(int(target * 0.1), int(target * 0.9))
    pct = Fr(got * 100, target)
    need_rate = Fr(target - got, weeks - done_w)
    text = rng.choice([f"설문 응답 {target}개를 {weeks}주 동안 모으기로 계획하고 {done_w}주가 지난 뒤 중간 점검을 하였더니 {got}개가 모였다. 현재 목표의 몇 %를 달성하였는지 구하고, 남은 기간에 목표를 채우려면 한 주에 평균 몇 개씩 모아야 하는지 {_end(rng)} (반올림하여 소수 첫째 자리까지)"])
    ans = f"{_r(pct, 1)}%, 주당 약 {_r(need_rate, 1)}개"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["백분율", "나눗셈"], check=lambda: need_rate * (weeks - done_w) + got == target)


_S32_TASKS = [
    "계획한 탐구를 실제로 수행하면서 '탐구 일지'를 작성하시오. 날짜별로 한 일, 얻은 자료, 생긴 문제와 해결 방법, 계획을 수정한 내용을 기록하고, {k}주마다 모둠원과 중간 점검 회의를 하여 회의록을 남기시오.",
    "모둠 탐구에서 각자의 역할(자료 수집, 분석, 기록, 발표 준비 등)을 나누어 수행하고, 역할별로 수행한 내용을 {k}회 이상 공유하며 서로의 결과를 검토하는 활동을 하시오.",
]


@family(_S32, "conducting-task")
def _s32_task(rng: random.Random) -> Problem:
    t = rng.choice(_S32_TASKS)
    k = rng.choice([1, 2, 3])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])


# =================================================================================================
# 12수과03-03 결과 정리, 산출물, 발표
# =================================================================================================
_GRAPH_FOR = [
    ("연도별 우리 지역 평균 기온의 변화", "꺾은선그래프"),
    ("학생들이 좋아하는 과목의 비율", "원그래프"),
    ("반별 헌혈 참여 학생 수의 비교", "막대그래프"),
    ("학생들의 키와 몸무게 사이의 관계", "산점도"),
    ("학생 100명의 통학 시간의 분포", "히스토그램"),
]


@family(_S33, "graph-type-choice")
def _graph_type(rng: random.Random) -> Problem:
    data, g = rng.choice(_GRAPH_FOR)
    opts = ["꺾은선그래프", "원그래프", "막대그래프", "산점도", "히스토그램"]
    ch = choices(rng, g, [o for o in opts if o != g], sort_key=opts.index)
    text = rng.choice([f"탐구 보고서에 '{data}'를 나타내려고 한다. 가장 알맞은 그래프는?\n{ch.block}",
                       f"발표 자료에서 '{data}'를 한눈에 보여 주기에 가장 적절한 그래프를 고르시오.\n{ch.block}"])
    text = text.replace(f"'{data}'를", josa(f"'{data}'", "을/를"))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["그래프"], choice=ch, check=lambda: g in opts)


_REPORT = ["서론(탐구 동기와 목적)", "이론적 배경(선행 연구)", "탐구 방법", "탐구 결과", "결론 및 제언", "참고문헌"]


@family(_S33, "report-structure")
def _report(rng: random.Random) -> Problem:
    k = rng.choice([4, 5])
    idx = sorted(rng.sample(range(6), k))
    items = [_REPORT[i] for i in idx]
    labs = ["(가)", "(나)", "(다)", "(라)", "(마)"][:k]
    perm = list(range(k))
    rng.shuffle(perm)
    listing = "\n".join(f"{labs[i]} {items[perm[i]]}" for i in range(k))
    correct = " → ".join(labs[perm.index(s)] for s in range(k))
    text = rng.choice([f"수학 탐구 보고서의 구성 요소를 보고서에 들어가는 순서대로 나열하시오.\n{listing}",
                       f"다음은 수학 소논문의 목차 항목을 순서 없이 나열한 것이다. 일반적인 순서대로 기호를 {_end(rng, '쓰')}\n{listing}"])
    return Problem(text=text, answer=correct, format="fill", difficulty=1, achievement_level="E",
                   concepts=[], check=lambda: sorted(perm) == list(range(k)))


@family(_S33, "pie-chart-angles")
def _pie(rng: random.Random) -> Problem:
    for _ in range(100):
        n = rng.choice([40, 60, 72, 90, 120, 180])
        cuts = sorted(rng.sample(range(1, n), 3))
        cnt = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], n - cuts[2]]
        angs = [Fr(c * 360, n) for c in cnt]
        if all(a.denominator == 1 for a in angs):
            break
    cats = rng.choice([["버스", "지하철", "도보", "자전거"], ["수학", "과학", "국어", "영어"], ["축구", "농구", "배구", "배드민턴"]])
    tb = "항목 | " + " | ".join(cats) + "\n인원(명) | " + " | ".join(map(str, cnt))
    i = rng.randrange(4)
    mode = rng.choice(["one", "all"])
    if mode == "one":
        q = f"이 자료를 원그래프로 나타낼 때 '{cats[i]}'에 해당하는 부채꼴의 중심각의 크기를 {_end(rng)}"
        ans = f"{_r(angs[i], 1)}°"
    else:
        q = f"원그래프를 그리기 위해 각 항목의 중심각의 크기를 차례로 {_end(rng)}"
        ans = ", ".join(f"{_r(a, 1)}°" for a in angs)
    text = f"탐구 결과를 발표 자료로 만들고 있다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["원그래프", "중심각"], check=lambda: sum(angs) == 360)


@family(_S33, "presentation-time")
def _ptime(rng: random.Random) -> Problem:
    total = rng.choice([5, 6, 8, 10, 12])
    ratio = rng.choice([(1, 2, 3, 1, 1), (1, 1, 2, 1), (2, 3, 4, 1), (1, 2, 2, 1)])
    parts = ["탐구 동기", "탐구 방법", "탐구 결과", "결론", "질의응답"][:len(ratio)]
    s = sum(ratio)
    secs = [Fr(total * 60 * r, s) for r in ratio]
    text = rng.choice([f"{total}분 동안 탐구 결과를 발표하려고 한다. " + ", ".join(parts) + f"에 쓰는 시간의 비를 {' : '.join(map(str, ratio))}로 정할 때, 각 부분에 쓰는 시간은 몇 초인지 {_end(rng)} (반올림하여 정수로)"])
    ans = ", ".join(f"{p} {_r(x, 0)}초" for p, x in zip(parts, secs, strict=True))
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["비례배분"], check=lambda: sum(secs) == total * 60)


@family(_S33, "band-graph-lengths")
def _band(rng: random.Random) -> Problem:
    L = rng.choice([10, 15, 20, 25])
    pcts = rng.choice([[40, 30, 20, 10], [35, 25, 25, 15], [50, 20, 20, 10], [45, 30, 15, 10]])
    cats = rng.choice([["매우 만족", "만족", "보통", "불만족"], ["A안", "B안", "C안", "기타"]])
    lens = [Fr(L * p, 100) for p in pcts]
    text = "설문 결과 비율이 " + ", ".join(f"{c} {p}%" for c, p in zip(cats, pcts, strict=True)) + f"이다. 포스터에 전체 길이 {L}cm인 띠그래프로 나타낼 때 각 항목이 차지하는 길이를 {_end(rng)}"
    ans = ", ".join(f"{c} {_r(x, 2)}cm" for c, x in zip(cats, lens, strict=True))
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["띠그래프", "백분율"], check=lambda: sum(lens) == L)


@family(_S33, "math-expression-correction")
def _expr_fix(rng: random.Random) -> Problem:
    a = rng.choice([20, 25, 40, 50])
    b = a * rng.choice([2, 3])
    mult = b // a
    pa, pb = rng.randint(20, 40), None
    pb = pa + rng.randint(3, 10)
    mode = rng.choice(["times", "pp"])
    if mode == "times":
        wrong = f"참여 학생 수가 {a}명에서 {b}명으로 {mult}배 증가하였다. 즉 {mult * 100}% 증가하였다."
        text = f"한 학생이 탐구 보고서에 다음과 같이 썼다.\n\"{wrong}\"\n수학적 표현이 잘못된 부분을 찾아 바르게 고치시오."
        ans = f"{mult}배가 되었으므로 증가율은 {(mult - 1) * 100}%이다. ('{mult * 100}% 증가' → '{(mult - 1) * 100}% 증가' 또는 '{mult}배가 되었다')"
    else:
        wrong = f"찬성 비율이 {pa}%에서 {pb}%로 {pb - pa}% 증가하였다."
        text = f"발표 자료에 다음 문장이 있다.\n\"{wrong}\"\n이 문장의 수학적 표현을 정확하게 고치시오. (변화율은 반올림하여 소수 첫째 자리까지)"
        ans = f"{pb - pa}%p 증가하였다(비율로는 약 {_r(Fr((pb - pa) * 100, pa), 1)}% 증가)."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["백분율", "퍼센트포인트"], check=lambda: b == a * mult)


@family(_S33, "abstract-sentence-role")
def _abstract(rng: random.Random) -> Problem:
    sents = [
        ("본 탐구는 종이비행기의 날개 모양에 따른 비행 거리의 차이를 알아보기 위해 수행하였다.", "탐구 목적"),
        ("날개 모양이 다른 비행기 4종을 각각 10회씩 날려 비행 거리를 측정하였다.", "탐구 방법"),
        ("삼각 날개 비행기의 평균 비행 거리가 8.2m로 가장 길었다.", "탐구 결과"),
        ("날개의 넓이가 같을 때 날개 끝이 좁아지는 모양이 멀리 나는 데 유리하다고 결론 내렸다.", "결론"),
        ("바람이 없는 실내에서만 실험하였으므로 실외 환경에서의 추가 탐구가 필요하다.", "한계 및 제언"),
    ]
    s, role = rng.choice(sents)
    opts = [r for _, r in sents]
    ch = choices(rng, role, [o for o in opts if o != role], sort_key=opts.index)
    text = f"탐구 보고서의 초록에 있는 다음 문장은 어떤 내용에 해당하는가?\n\"{s}\"\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[], choice=ch, check=lambda: role in opts)


_S33_TASKS = [
    "탐구 결과를 A1 크기의 포스터로 만드시오. 제목, 탐구 동기, 방법, 결과(표와 그래프 {k}개 이상), 결론, 참고문헌이 들어가야 하며, 그래프의 종류를 자료의 특성에 맞게 선택한 이유를 발표 때 설명하시오.",
    "탐구 결과를 {k}분 이내로 발표하는 슬라이드를 만들고 발표하시오. 수학 기호와 용어를 정확하게 사용하고, 예상 질문 3개와 답변을 미리 준비하시오.",
    "탐구 결과를 수학 소논문, 수학 잡지 기사, 수학 만화 중 하나의 형식으로 정리하여 산출물을 만드시오. 선택한 형식이 탐구 내용을 전달하기에 알맞은 까닭을 {k}문장 이상으로 쓰시오.",
]


@family(_S33, "product-presentation-task")
def _s33_task(rng: random.Random) -> Problem:
    t = rng.choice(_S33_TASKS)
    k = rng.choice([2, 3, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["그래프"])


# =================================================================================================
# 12수과03-04 탐구 과정과 결과의 반성과 평가
# =================================================================================================
_CRIT = ["탐구 문제의 명확성", "수학적 내용의 정확성", "자료 분석의 타당성", "결론의 논리성", "발표의 전달력", "창의성"]


@family(_S34, "rubric-weighted")
def _rubric(rng: random.Random) -> Problem:
    crit = rng.sample(_CRIT, 4)
    w = rng.choice([(30, 30, 20, 20), (25, 25, 25, 25), (40, 20, 20, 20), (20, 30, 30, 20)])
    teams = ["가 모둠", "나 모둠", "다 모둠"]
    for _ in range(100):
        sc = [[rng.randint(2, 5) for _ in range(4)] for _ in teams]
        tot = [Fr(sum(x * ww for x, ww in zip(r, w, strict=True)), 5) for r in sc]
        if len(set(tot)) == 3:
            break
    tb = "평가 기준(가중치 %) | " + " | ".join(f"{c}({ww})" for c, ww in zip(crit, w, strict=True)) + "\n" + "\n".join(f"{t} | " + " | ".join(map(str, r)) for t, r in zip(teams, sc, strict=True))
    best = teams[tot.index(max(tot))]
    text = rng.choice([f"동료 평가에서 각 기준을 5점 만점으로 평가한 결과이다.\n{tb}\n각 기준의 점수를 5점 만점 대비 비율로 바꾸어 가중치를 곱해 더한 값(100점 만점)을 구하고, 가장 높은 평가를 받은 모둠을 {_end(rng, '쓰')}"])
    ans = ", ".join(f"{t} {_r(x, 1)}점" for t, x in zip(teams, tot, strict=True)) + f", {best}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["평균", "백분율"], check=lambda: all(0 < x <= 100 for x in tot))


@family(_S34, "peer-trimmed-average")
def _peer(rng: random.Random) -> Problem:
    k = rng.choice([5, 6, 7])
    sc = [rng.randint(12, 20) for _ in range(k)]
    while len(set(sc)) < 3:
        sc = [rng.randint(12, 20) for _ in range(k)]
    srt = sorted(sc)
    trim = Fr(sum(srt[1:-1]), k - 2)
    mean = Fr(sum(sc), k)
    self_sc = rng.randint(14, 20)
    text = rng.choice([
        f"{josa(name(rng), '이/가')} 발표한 탐구에 대해 친구 {k}명이 20점 만점으로 동료 평가를 한 점수는 {', '.join(map(str, sc))}이다. 최고점과 최저점을 하나씩 빼고 평균을 구하여 동료 평가 점수로 할 때, 그 점수를 반올림하여 소수 첫째 자리까지 구하고 자기 평가 점수 {self_sc}점과의 차를 {_end(rng)}",
        f"동료 평가 점수 {', '.join(map(str, sc))}(20점 만점)의 평균과, 최고점·최저점을 각각 하나씩 뺀 평균을 반올림하여 소수 첫째 자리까지 구하시오. 또 두 번째 방법을 쓰는 까닭을 쓰시오.",
    ])
    if "자기 평가" in text:
        ans = f"{_r(trim, 1)}점, 차 {_r(abs(Fr(self_sc) - trim), 1)}점"
    else:
        ans = f"평균 {_r(mean, 1)}점, 조정 평균 {_r(trim, 1)}점, 한두 명의 지나치게 높거나 낮은 평가의 영향을 줄이기 위해서이다."
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["평균"], check=lambda: trim * (k - 2) == sum(srt[1:-1]))


_FB_GOOD = [
    "그래프의 세로축이 0이 아닌 값에서 시작해서 차이가 과장되어 보여요. 축을 0부터 그리면 좋겠어요.",
    "표본이 한 반 30명뿐이라 전교생의 경향이라고 말하기는 어려울 것 같아요. 다른 학년도 조사해 보면 어떨까요?",
    "결론에서 '항상 성립한다'고 했는데, 확인한 경우가 5가지뿐이니 증명이나 더 많은 사례가 필요해 보여요.",
    "평균만 제시되어 있어서 자료가 얼마나 흩어져 있는지 알기 어려워요. 표준편차나 범위를 함께 보여 주세요.",
]
_FB_BAD = ["그냥 좋았어요.", "별로예요.", "발표자 목소리가 마음에 안 들어요.", "잘 모르겠지만 틀린 것 같아요.", "다 좋아요. 고칠 점 없어요.", "우리 모둠 것이 더 나아요."]


@family(_S34, "constructive-feedback")
def _feedback(rng: random.Random) -> Problem:
    good = rng.choice(_FB_GOOD)
    ch = choices(rng, good, rng.sample(_FB_BAD, 4))
    text = rng.choice([f"친구의 탐구 발표를 듣고 동료 평가를 하려고 한다. 가장 바람직한 피드백은?\n{ch.block}",
                       f"다음 중 탐구를 개선하는 데 도움이 되는 구체적이고 근거 있는 평가 의견은?\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[], choice=ch, check=lambda: True)


@family(_S34, "rater-agreement")
def _agree(rng: random.Random) -> Problem:
    k = rng.choice([8, 10])
    a = [rng.randint(1, 3) for _ in range(k)]
    b = [x if rng.random() < 0.7 else rng.choice([y for y in (1, 2, 3) if y != x]) for x in a]
    same = sum(1 for x, y in zip(a, b, strict=True) if x == y)
    tb = "탐구 보고서 | " + " | ".join(str(i + 1) for i in range(k)) + "\n평가자 A | " + " | ".join(map(str, a)) + "\n평가자 B | " + " | ".join(map(str, b))
    text = f"두 평가자가 {k}편의 탐구 보고서를 3단계(1: 미흡, 2: 보통, 3: 우수)로 평가하였다.\n{tb}\n두 평가자의 평가가 일치한 보고서의 비율을 구하고, 평가의 일관성을 높이기 위한 방법을 한 가지 {_end(rng, '쓰')}"
    ans = f"{_r(Fr(same * 100, k), 1)}%, 예: 평가 기준(채점 기준표)과 단계별 예시를 미리 함께 정하고 협의한다."
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["백분율"], check=lambda: 0 <= same <= k)


_LIMIT_GOOD = [
    "조사 대상이 우리 반 학생 25명뿐이어서 결과를 전교생으로 일반화하기 어렵다.",
    "측정을 한 번씩만 하여 우연한 오차의 영향을 확인하지 못했다.",
    "실험을 실내에서만 하여 바람 등 실제 환경의 영향을 고려하지 못했다.",
]
_LIMIT_BAD = ["결과가 예상과 같아서 기뻤다.", "발표 자료의 글꼴이 예뻤다.", "모둠원들과 사이좋게 탐구하였다.", "탐구 주제가 재미있었다.", "보고서 분량이 10쪽이었다."]


@family(_S34, "limitation-identify")
def _limit(rng: random.Random) -> Problem:
    good = rng.choice(_LIMIT_GOOD)
    ch = choices(rng, good, rng.sample(_LIMIT_BAD, 4))
    text = f"탐구를 마치고 반성하는 과정에서 '탐구의 한계'로 보고서에 쓰기에 가장 적절한 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[], choice=ch, check=lambda: True)


@family(_S34, "improve-flawed-inquiry")
def _improve(rng: random.Random) -> Problem:
    n = rng.choice([8, 10, 12])
    topic = rng.choice([("게임 시간", "성적"), ("아침 식사 여부", "집중력"), ("운동 시간", "수면의 질")])
    text = rng.choice([
        f"한 학생이 친한 친구 {n}명에게 물어본 결과를 바탕으로 '{topic[0]}이(가) {topic[1]}에 영향을 준다'고 결론 내렸다. 이 탐구 과정을 평가하여 문제점을 두 가지 이상 찾고, 개선 방안을 {_end(rng, '쓰')}",
    ])
    text = text.replace(f"'{topic[0]}이(가)", "'" + josa(topic[0], "이/가"))
    ans = f"① 표본이 {n}명으로 작고 친한 친구만 골라 대표성이 없다 → 대상 집단에서 무작위로 충분한 수를 뽑는다. ② 두 변수가 함께 변한다고 해서 원인과 결과라고 단정할 수 없다 → 다른 요인을 통제하거나 '관련이 있다' 정도로 결론을 고친다. ③ 측정 방법이 주관적이다 → 객관적인 측정 기준을 정한다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["표본", "상관관계"], check=lambda: True)


_REFL_GOOD = [
    "탐구 과정에서 계획을 수정한 부분과 그 이유를 되돌아본다.",
    "동료 평가 의견을 바탕으로 보완할 점을 정리한다.",
    "탐구를 통해 새롭게 알게 된 수학적 내용과 그 유용성을 정리한다.",
    "다음 탐구에서 개선할 점을 구체적으로 쓴다.",
]
_REFL_BAD = [
    "좋은 평가를 받았으면 반성할 필요가 없다.",
    "다른 모둠의 탐구와 비교하는 것은 평가에 도움이 되지 않는다.",
    "결과가 좋지 않으면 탐구 과정 전체가 의미 없다.",
    "자기 평가는 항상 만점을 주는 것이 좋다.",
]


@family(_S34, "reflection-bogi")
def _refl(rng: random.Random) -> Problem:
    block, ch = _bogi(rng, _REFL_GOOD, _REFL_BAD)
    text = f"수학과제 탐구를 마친 뒤 반성하고 평가하는 활동에 대한 설명으로 {_bogi_q(rng)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=[], choice=ch, check=lambda: True)


_S34_TASKS = [
    "자신의 수학과제 탐구 전 과정을 되돌아보는 성찰 보고서를 쓰시오. 처음 계획과 실제 수행의 차이, 어려웠던 점과 해결 과정, 동료 평가에서 받은 의견 {k}가지와 반영 여부, 탐구를 통해 새롭게 알게 된 수학의 유용성을 포함하시오.",
    "다른 모둠의 탐구 보고서 {k}편을 평가 기준표(탐구 문제의 명확성, 수학적 정확성, 자료 분석의 타당성, 결론의 논리성, 연구 윤리 준수)에 따라 평가하고, 각 보고서에 구체적인 근거를 담은 피드백을 쓰시오.",
]


@family(_S34, "reflection-task")
def _s34_task(rng: random.Random) -> Problem:
    t = rng.choice(_S34_TASKS)
    k = rng.choice([2, 3])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])
