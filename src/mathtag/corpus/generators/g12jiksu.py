"""Generators for 직무 수학 (고등학교 진로 선택): 12직수01-01 … in code order.

The course applies elementary/middle-school mathematics to workplace tasks: cost sheets,
budgets, estimates, unit conversion, rate tables, drawings. Families are short workplace
situations (카페, 인테리어, 물류, 제조 공정, 미용실, 농장 …) with answers computed in code
(``fractions.Fraction``) and re-derived in ``check``.

Private helpers (module-local, prefixed ``_``):

* ``_won(n)`` an amount of money as ``12,300원``.
* ``_tbl(head, rows, rng)`` a small text table.
* ``_end(rng, kind)`` a varied question ending.
* ``_r(x, places)`` ``x`` rounded half-up to ``places`` decimals, as text without trailing zeros.
"""

from __future__ import annotations

import math as _m
import random
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as Fr

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import num, op, pick_style

_S11, _S12, _S13 = "12직수01-01", "12직수01-02", "12직수01-03"
_S21, _S22, _S23, _S24, _S25 = "12직수02-01", "12직수02-02", "12직수02-03", "12직수02-04", "12직수02-05"


# -- helpers ---------------------------------------------------------------------------------------
def _won(n) -> str:
    return f"{num(int(n))}원"


def _tbl(head: list[str], rows: list[list[str]], rng: random.Random | None = None) -> str:
    sep = " | " if rng is None or rng.random() < 0.7 else "   "
    return "\n".join([sep.join(head)] + [sep.join(r) for r in rows])


def _r(x, places: int = 1) -> str:
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fr) else Decimal(str(x))
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _end(rng: random.Random, kind: str = "구") -> str:
    if kind == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써 보시오."])
    if kind == "고":
        return rng.choice(["고르시오.", "고르세요.", "골라 보시오."])
    if kind == "설":
        return rng.choice(["설명하시오.", "설명해 보시오.", "그 이유를 쓰시오."])
    if kind == "얼":
        return rng.choice(["얼마입니까?", "얼마인가?", "얼마인지 구하시오.", "얼마인지 구하세요."])
    return rng.choice(["구하시오.", "구하세요.", "구해 보시오.", "구하여라."])


# =================================================================================================
# 12직수01-01 직무 상황의 수와 사칙연산 (비용 계산, 예산, 경비)
# =================================================================================================
_CAFE_ITEMS = [("아메리카노", 3500), ("카페라테", 4500), ("바닐라라테", 5000), ("레몬에이드", 5500),
               ("녹차라테", 4800), ("크루아상", 3800), ("치즈케이크", 6200), ("샌드위치", 6900),
               ("허브차", 4000), ("베이글", 3300)]


@family(_S11, "group-order-total-change")
def _order_total(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    items = rng.sample(_CAFE_ITEMS, k)
    qty = [rng.randint(2, 12) for _ in items]
    total = sum(p * q for (_, p), q in zip(items, qty, strict=True))
    pay = (total // 10000 + rng.randint(1, 3)) * 10000
    who = name(rng)
    place = rng.choice(["카페", "베이커리 카페", "사내 카페"])
    rows = [[it, _won(p), f"{q}잔" if it not in ("크루아상", "치즈케이크", "샌드위치", "베이글") else f"{q}개"]
            for (it, p), q in zip(items, qty, strict=True)]
    tb = _tbl(["메뉴", "단가", "수량"], rows, rng)
    mode = rng.choice(["total", "change"])
    if mode == "total":
        ans = _won(total)
        q = rng.choice([f"주문 금액의 합계는 {_end(rng, '얼')}", f"지불해야 할 금액을 {_end(rng)}",
                        "모두 얼마를 내야 합니까?"])
    else:
        ans = _won(pay - total)
        q = rng.choice([f"{_won(pay)}을 냈을 때 받아야 할 거스름돈을 {_end(rng)}",
                        f"법인 카드 대신 현금 {_won(pay)}을 냈다면 거스름돈은 {_end(rng, '얼')}"])
    intro = rng.choice([
        f"{josa(who, '은/는')} 회의에 쓸 음료와 간식을 {place}에서 다음과 같이 단체 주문하였다.",
        f"{place} 직원 {josa(who, '은/는')} 어느 회사의 단체 주문을 받아 다음 주문서를 작성하였다.",
        f"다음은 {place}에 들어온 단체 주문 내역이다.",
    ])
    return Problem(text=f"{intro}\n{tb}\n{q}", answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["곱셈", "덧셈", "표"],
                   check=lambda: sum(map(lambda t: t[0][1] * t[1], zip(items, qty, strict=True))) == total)


@family(_S11, "budget-remaining")
def _budget(rng: random.Random) -> Problem:
    ctx = rng.choice([
        ("신입 사원 연수", [("강사료", 300000, 800000), ("교재 인쇄비", 80000, 250000), ("점심 도시락", 150000, 400000),
                        ("대관료", 200000, 500000)]),
        ("매장 개업 행사", [("현수막 제작", 50000, 150000), ("사은품 구입", 200000, 600000), ("풍선 장식", 80000, 200000),
                        ("전단지 인쇄", 60000, 180000)]),
        ("농산물 직거래 장터 참가", [("부스 임차료", 100000, 300000), ("포장재", 50000, 150000), ("운송비", 80000, 220000),
                              ("시식용 재료", 40000, 120000)]),
        ("미용실 교육 세미나", [("모델료", 100000, 300000), ("제품 구입", 150000, 450000), ("간식비", 30000, 90000),
                           ("장소 대여", 100000, 250000)]),
    ])
    title, pool = ctx
    k = rng.choice([3, 4])
    items = rng.sample(pool, k)
    costs = [rng.randint(lo // 1000, hi // 1000) * 1000 for _, lo, hi in items]
    spent = sum(costs)
    over = rng.random() < 0.3
    budget = (spent // 100000 + (0 if over else rng.randint(1, 3))) * 100000
    if budget == spent:
        budget += 100000
    diff = budget - spent
    lst = ", ".join(f"{it} {_won(c)}" for (it, _, _), c in zip(items, costs, strict=True))
    text = rng.choice([
        f"{title} 예산으로 {_won(budget)}이 배정되었다. 지출 계획이 {lst}일 때, 예산에서 남는 금액 또는 부족한 금액을 {_end(rng)}",
        f"다음은 {title}에 드는 비용이다.\n{lst}\n배정된 예산이 {_won(budget)}이라면 예산이 얼마 남는지, 또는 얼마 부족한지 {_end(rng, '쓰')}",
        f"{name(rng)} 대리는 {title} 예산안을 작성하고 있다. 항목별 비용은 {lst}이고 예산 한도는 {_won(budget)}이다. "
        f"예산 한도와 총비용의 차이를 {_end(rng)} (남으면 '남음', 모자라면 '부족'을 함께 쓰시오.)",
    ])
    ans = f"{_won(abs(diff))} {'남음' if diff > 0 else '부족'}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["덧셈", "뺄셈"], check=lambda: (budget - sum(costs) > 0) == (diff > 0))


@family(_S11, "business-trip-expense")
def _trip(rng: random.Random) -> Problem:
    ppl = rng.randint(2, 5)
    nights = rng.randint(1, 3)
    days = nights + 1
    fare = rng.choice([23700, 28600, 37400, 42300, 52900, 59800])
    room = rng.choice([55000, 60000, 70000, 75000, 80000])
    rooms = (ppl + 1) // 2
    per_diem = rng.choice([20000, 25000, 30000])
    dest = rng.choice(["부산", "광주", "대구", "여수", "강릉", "전주"])
    total = fare * 2 * ppl + room * rooms * nights + per_diem * ppl * days
    text = rng.choice([
        f"직원 {ppl}명이 {josa(dest, '으로/로')} {nights}박 {days}일 출장을 간다. 왕복 기차 요금은 1인당 편도 {_won(fare)}, 숙박은 2인 1실"
        f"(한 방에 1박 {_won(room)})로 최소한의 방을 쓰고, 일비는 1인당 하루 {_won(per_diem)}이다. 출장비 총액을 {_end(rng)}",
        f"다음 출장 조건을 보고 회사가 지급할 출장 경비의 합계를 {_end(rng)}\n"
        f"· 인원: {ppl}명, 일정: {nights}박 {days}일 ({dest})\n· 교통비: 1인 편도 {_won(fare)} (왕복 이용)\n"
        f"· 숙박비: 방 1개에 1박 {_won(room)}, 한 방에 2명까지 (방은 가능한 한 적게)\n· 일비: 1인 1일 {_won(per_diem)}",
    ])
    return Problem(text=text, answer=_won(total), format="word" if "다음 출장" not in text else "data",
                   difficulty=3, achievement_level="B", concepts=["곱셈", "덧셈"],
                   check=lambda: total == ppl * (2 * fare + per_diem * days) + _m.ceil(ppl / 2) * room * nights)


@family(_S11, "unit-cost-per-product")
def _unit_cost(rng: random.Random) -> Problem:
    ctx = rng.choice([
        ("수제 비누", "개", [("원료", 60000, 180000), ("포장 상자", 20000, 60000), ("라벨 인쇄", 10000, 30000)]),
        ("딸기잼", "병", [("딸기", 80000, 200000), ("설탕", 15000, 40000), ("유리병", 30000, 90000)]),
        ("쿠키 세트", "상자", [("밀가루·버터", 50000, 120000), ("포장 상자", 20000, 50000), ("리본·스티커", 8000, 20000)]),
        ("원목 도마", "개", [("원목", 150000, 300000), ("오일", 20000, 50000), ("사포·공구 소모품", 10000, 30000)]),
    ])
    prod, cnt, parts = ctx
    n = rng.choice([20, 25, 40, 50, 60, 80, 100])
    costs = [rng.randint(lo // 1000, hi // 1000) * 1000 for _, lo, hi in parts]
    total = sum(costs)
    while total % n:
        costs[0] += 1000
        total = sum(costs)
    per = total // n
    price = -(-(per + rng.choice([1500, 2000, 2500, 3000, 4000])) // 500) * 500
    lst = ", ".join(f"{p} {_won(c)}" for (p, _, _), c in zip(parts, costs, strict=True))
    mode = rng.choice(["per", "profit"])
    if mode == "per":
        q = f"{prod} 1{cnt}당 재료비는 {_end(rng, '얼')}"
        ans = _won(per)
    else:
        q = f"이 {josa(prod, '을/를')} 1{cnt}에 {_won(price)}씩 받고 모두 팔았을 때, 재료비를 뺀 이익은 모두 {_end(rng, '얼')}"
        ans = _won(price * n - total)
    text = f"{prod} {n}{josa(cnt, '을/를')} 만드는 데 {lst}이 들었다. {q}"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if mode == "per" else 3,
                   achievement_level="D" if mode == "per" else "C", concepts=["나눗셈", "곱셈"],
                   check=lambda: (per * n == sum(costs)))


@family(_S11, "packing-boxes-remainder")
def _packing(rng: random.Random) -> Problem:
    ctx = rng.choice([("사과", "개", "상자"), ("생수", "병", "팩"), ("마스크", "장", "봉투"), ("볼트", "개", "봉지"),
                      ("달걀", "개", "판"), ("화분", "개", "카트")])
    item, c, box = ctx
    per = rng.choice([6, 8, 10, 12, 15, 20, 24, 30])
    n = rng.randint(8, 60) * per + rng.randint(1, per - 1)
    full, rest = divmod(n, per)
    place = rng.choice(["물류 센터", "농장 선별장", "공장 출하장", "창고"])
    mode = rng.choice(["full", "need", "rest"])
    if mode == "full":
        q = f"가득 찬 {josa(box, '은/는')} 몇 {box}이고, 남는 {josa(item, '은/는')} 몇 {c}인지 {_end(rng)}"
        ans = f"{full}{box}, {rest}{c}"
    elif mode == "need":
        q = f"남김없이 모두 담으려면 {josa(box, '이/가')} 적어도 몇 개 필요한지 {_end(rng)}"
        ans = f"{full + 1}개"
    else:
        q = f"다 채운 {box}만 출고할 때, 출고하지 못하고 남는 {josa(item, '은/는')} 몇 {c}입니까?"
        ans = f"{rest}{c}"
    text = rng.choice([
        f"{place}에서 {item} {num(n)}{josa(c, '을/를')} 한 {box}에 {per}{c}씩 담으려고 한다. {q}",
        f"{item} {num(n)}{josa(c, '이/가')} 입고되었다. 1{box}에 {per}{c}씩 포장한다면 {q}",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: full * per + rest == n and 0 < rest < per)


@family(_S11, "wage-with-overtime")
def _wage(rng: random.Random) -> Problem:
    w = rng.choice([10030, 10500, 11000, 11500, 12000])
    days = [rng.randint(4, 10) for _ in range(rng.choice([3, 4, 5]))]
    labels = ["월", "화", "수", "목", "금"][:len(days)]
    base = sum(min(h, 8) for h in days)
    extra = sum(max(h - 8, 0) for h in days)
    if extra == 0:
        days[0] = 10
        base = sum(min(h, 8) for h in days)
        extra = sum(max(h - 8, 0) for h in days)
    pay = Fr(w) * base + Fr(w) * Fr(3, 2) * extra
    who = name(rng)
    job = rng.choice(["물류 센터", "베이커리", "미용실", "편의점", "제조 공장"])
    tb = _tbl(["요일"] + labels, [["근무 시간(시간)"] + [str(h) for h in days]], rng)
    text = rng.choice([
        f"{josa(who, '은/는')} {job}에서 시급 {_won(w)}을 받고 일한다. 하루 8시간을 넘는 시간은 시급의 1.5배를 받는다. "
        f"이번 주 근무 시간이 다음과 같을 때, 이번 주 급여를 {_end(rng)}\n{tb}",
        f"다음은 {job} 아르바이트생 {who}의 이번 주 근무 기록이다.\n{tb}\n"
        f"기본 시급은 {_won(w)}이고, 하루 8시간을 초과한 근무는 1.5배의 시급을 적용한다. 받을 급여는 모두 {_end(rng, '얼')}",
    ])
    return Problem(text=text, answer=_won(pay), format="data", difficulty=3, achievement_level="B",
                   concepts=["곱셈", "덧셈", "표"],
                   check=lambda: pay.denominator == 1 and pay == sum(Fr(w) * h + Fr(w, 2) * max(h - 8, 0) for h in days))


@family(_S11, "choose-expression-mcq")
def _expr_mcq(rng: random.Random) -> Problem:
    a = rng.choice([15, 18, 20, 24, 25, 30])  # 상자 수
    b = rng.choice([6, 8, 10, 12])  # 상자당 개수
    c = rng.choice([500, 700, 800, 1200])  # 개당 가격
    d = rng.choice([3000, 4000, 5000])  # 배송비
    sty = pick_style(rng)
    x, dv = op("×", sty), op("÷", sty)
    wrap = (lambda s: f"${s}$") if sty == "latex" else (lambda s: s)
    what = rng.choice(["볼펜", "건전지", "양말", "캔 음료"])
    text = (f"어느 가게에서 {josa(what, '을/를')} 도매로 구입하였다. 한 상자에 {b}개씩 들어 있는 상자 {a}개를 샀고, "
            f"{what} 1개의 가격은 {num(c)}원이며 배송비 {num(d)}원을 따로 냈다. 지불한 전체 금액을 구하는 식으로 옳은 것은?")
    good = wrap(f"{a} {x} {b} {x} {c} + {d}")
    bad = [wrap(f"{a} {x} {b} + {c} {x} {d}"), wrap(f"({a} + {b}) {x} {c} + {d}"), wrap(f"{a} {x} {b} {x} ({c} + {d})"),
           wrap(f"{a} {x} {c} + {d}"), wrap(f"{a} {dv} {b} {x} {c} + {d}"), wrap(f"{b} {x} {c} + {d}")]
    ch = choices(rng, good, rng.sample(bad, 4))
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", choice=ch, difficulty=2,
                   achievement_level="D", concepts=["곱셈", "덧셈"],
                   check=lambda: ch.options[ch.correct] == good)


@family(_S11, "invoice-fill-blanks")
def _invoice(rng: random.Random) -> Problem:
    k = 3
    pool = [("A4 용지", "박스", 18000, 32000), ("토너", "개", 45000, 90000), ("택배 상자", "묶음", 9000, 16000),
            ("테이프", "개", 1200, 2500), ("파일철", "개", 800, 2000), ("포장 비닐", "롤", 7000, 15000)]
    items = rng.sample(pool, k)
    up = [rng.randint(lo // 100, hi // 100) * 100 for _, _, lo, hi in items]
    qt = [rng.randint(2, 20) for _ in items]
    amt = [u * q for u, q in zip(up, qt, strict=True)]
    tot = sum(amt)
    blank = rng.randrange(k)
    rows = []
    for i, ((it, unit, _, _), u, q, a) in enumerate(zip(items, up, qt, amt, strict=True)):
        rows.append([it, f"{q}{unit}", num(u), "(  ㉠  )" if i == blank else num(a)])
    rows.append(["합계", "", "", "(  ㉡  )"])
    tb = _tbl(["품목", "수량", "단가(원)", "금액(원)"], rows, rng)
    text = rng.choice([
        f"다음은 {rng.choice(['사무용품', '포장 자재', '소모품'])} 거래명세서의 일부이다. ㉠, ㉡에 알맞은 수를 {_end(rng)}\n{tb}",
        f"거래명세서를 작성하던 중 일부 칸을 비워 두었다. 빈칸 ㉠, ㉡에 들어갈 금액을 각각 {_end(rng, '쓰')}\n{tb}",
    ])
    return Problem(text=text, answer=f"㉠ {num(amt[blank])}, ㉡ {num(tot)}", format="fill", difficulty=2,
                   achievement_level="D", concepts=["곱셈", "덧셈", "표"],
                   check=lambda: tot == sum(u * q for u, q in zip(up, qt, strict=True)))


@family(_S11, "stock-ledger")
def _ledger(rng: random.Random) -> Problem:
    item = rng.choice(["우유(팩)", "원두(kg)", "샴푸(병)", "부품 A(개)", "비료(포대)", "종이컵(박스)"])
    start = rng.randint(40, 200)
    days = ["1일", "2일", "3일", "4일", "5일"][:rng.choice([4, 5])]
    ins, outs, cur = [], [], start
    for _ in days:
        i = rng.choice([0, 0, rng.randint(10, 80)]) if cur >= 20 else rng.randint(30, 80)
        o = rng.randint(5, min(60, cur + i))
        cur = cur + i - o
        ins.append(i)
        outs.append(o)
    final = cur
    rows = [[d, str(i), str(o)] for d, i, o in zip(days, ins, outs, strict=True)]
    tb = _tbl(["날짜", "입고", "출고"], rows, rng)
    safety = max(20, (final + rng.randint(-10, 40)) // 10 * 10)
    mode = rng.choice(["final", "safety"])
    if mode == "final":
        q = f"{days[-1]} 업무를 마쳤을 때 남은 재고량을 {_end(rng)}"
        ans = str(final)
    else:
        need = max(safety - final, 0)
        q = (f"{days[-1]} 업무가 끝난 뒤 재고를 적어도 {josa(str(safety), '이/가')} 되게 하려면 최소한 얼마를 더 입고해야 하는지 {_end(rng)} "
             "(필요 없으면 0이라고 쓰시오.)")
        ans = str(need)
    text = rng.choice([
        f"다음은 어느 매장의 {item} 재고 관리 기록이다. 1일 업무 시작 전 재고는 {josa(str(start), '이었다/였다')}.\n{tb}\n{q}",
        f"창고 관리 담당자가 {item}의 입고·출고 내역을 날짜별로 정리하였다. 처음 재고가 {josa(str(start), '이라면/라면')}\n{tb}\n{q}",
        f"{item} 재고 장부를 보면 1일 아침 재고가 {start}이고, 그 뒤의 입고·출고량은 다음과 같다.\n{tb}\n{q}",
    ])
    return Problem(text=text, answer=ans, format="data", difficulty=3 if mode == "safety" else 2,
                   achievement_level="C", concepts=["덧셈", "뺄셈", "표"],
                   check=lambda: final == start + sum(ins) - sum(outs))


# =================================================================================================
# 12직수01-02 큰 수의 어림 (올림, 버림, 반올림)과 크기 비교
# =================================================================================================
_PLACES = [(10, "십"), (100, "백"), (1000, "천"), (10000, "만"), (100000, "십만"), (1000000, "백만"),
           (10000000, "천만"), (100000000, "억")]


def _round(n: int, unit: int, how: str) -> int:
    if how == "올림":
        return -(-n // unit) * unit
    if how == "버림":
        return n // unit * unit
    return (n + unit // 2) // unit * unit


def _korean_big(n: int) -> str:
    """12억 3,400만 원 style (without 원)."""
    eok, rest = divmod(n, 100000000)
    man, one = divmod(rest, 10000)
    parts = []
    if eok:
        parts.append(f"{num(eok)}억")
    if man:
        parts.append(f"{num(man)}만")
    if one:
        parts.append(num(one))
    return " ".join(parts) if parts else "0"


@family(_S12, "round-amount-three-ways")
def _round3(rng: random.Random) -> Problem:
    n = rng.randint(10 ** 6, 9 * 10 ** 9)
    unit, pname = rng.choice([p for p in _PLACES if 1000 <= p[0] < n // 10])
    while n % unit == 0 or (n // (unit // 10)) % 10 in (0,):
        n += rng.randint(1, unit - 1)
    what = rng.choice(["지난해 매출액", "이번 분기 수출액", "공사 계약 금액", "연간 인건비", "월 매출액"])
    how = rng.choice(["올림", "버림", "반올림"])
    mode = rng.choice(["one", "all"])
    pos = f"{pname}의 자리"
    if mode == "one":
        ans = num(_round(n, unit, how)) + "원"
        text = rng.choice([
            f"어느 회사의 {josa(what, '은/는')} {num(n)}원이다. 이 금액을 {how}하여 {pname}의 자리까지 나타내시오.",
            f"{num(n)}원을 {how}하여 {pos}까지 나타내면 얼마입니까?",
            f"보고서에 {josa(what, '을/를')} {pname} 원 단위로 적으려고 한다. {num(n)}원을 {how}하여 {pname}의 자리까지 나타낸 값을 {_end(rng, '쓰')}",
        ])
        fmt = "computation"
    else:
        vals = {h: _round(n, unit, h) for h in ("올림", "버림", "반올림")}
        ans = ", ".join(f"{h} {num(v)}원" for h, v in vals.items())
        text = (f"{what} {num(n)}원을 {pname}의 자리까지 올림, 버림, 반올림하여 나타내면 각각 얼마인지 다음 표의 빈칸을 채우시오.\n"
                + _tbl(["방법", "올림", "버림", "반올림"], [[f"{pname}의 자리까지", "(    )", "(    )", "(    )"]], rng))
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["올림", "버림", "반올림"],
                   check=lambda: _round(n, unit, "올림") - _round(n, unit, "버림") == unit
                   and _round(n, unit, "반올림") in (_round(n, unit, "올림"), _round(n, unit, "버림")))


_CTX_ROUND = [
    ("직원 {n}명이 25인승 버스를 타고 연수원에 가려고 할 때 필요한 버스 수", "올림"),
    ("쌀 {n} kg을 10 kg 포대에 담아 팔 때 팔 수 있는 포대 수", "버림"),
    ("박스 {n}개를 한 번에 100개씩 나르는 지게차의 최소 운반 횟수", "올림"),
    ("{n}원을 1,000원짜리 지폐로만 바꿀 때 바꿀 수 있는 최대 금액", "버림"),
    ("택배 {n}개를 하루 50개씩 배송할 때 모두 배송하는 데 걸리는 날 수", "올림"),
    ("원단 {n} cm로 100 cm짜리 앞치마 재료를 잘라 낼 때 만들 수 있는 개수", "버림"),
    ("부품 {n}개를 한 상자에 30개씩 모두 담을 때 필요한 상자 수", "올림"),
    ("달걀 {n}개를 한 판에 30개씩 채워 팔 때 팔 수 있는 판 수", "버림"),
]


@family(_S12, "which-rounding-fits-mcq")
def _which_round(rng: random.Random) -> Problem:
    target = rng.choice(["올림", "버림"])
    good = [c for c, h in _CTX_ROUND if h == target]
    bad = [c for c, h in _CTX_ROUND if h != target]
    g = rng.choice(good).format(n=num(rng.randint(120, 980)))
    bs = [b.format(n=num(rng.randint(120, 980))) for b in rng.sample(bad, 4)]
    ch = choices(rng, g, bs)
    text = rng.choice([
        f"다음 중 어림하는 방법으로 {josa(target, '을/를')} 사용하는 것이 알맞은 상황은?",
        f"직무 상황에서 어림값을 구할 때, {josa(target, '을/를')} 이용해야 하는 경우를 {_end(rng, '고')}",
    ])
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", choice=ch, difficulty=2,
                   achievement_level="C", concepts=["올림", "버림"],
                   check=lambda: ch.options[ch.correct] == g)


@family(_S12, "estimate-quotes-compare")
def _quotes(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    firms = [f"{c} 업체" for c in rng.sample(["가", "나", "다", "라", "마"], k)]
    unit, pname = rng.choice([(10000, "만"), (100000, "십만"), (1000000, "백만")])
    while True:
        vals = [rng.randint(30, 99) * unit * 10 + rng.randint(1, unit * 10 - 1) for _ in range(k)]
        rs = [_round(v, unit, "반올림") for v in vals]
        if len(set(rs)) == k:
            break
    job = rng.choice(["사무실 인테리어 공사", "매장 간판 교체", "창고 선반 설치", "카페 냉난방기 설치", "온실 비닐 교체"])
    tb = _tbl(["업체", "견적 금액(원)"], [[f, num(v)] for f, v in zip(firms, vals, strict=True)], rng)
    best = min(range(k), key=lambda t: rs[t])
    mode = rng.choice(["cheap", "diff"])
    if mode == "cheap":
        q = (f"각 견적 금액을 반올림하여 {pname}의 자리까지 어림하고, 어림값을 이용하여 가장 저렴한 업체를 {_end(rng, '쓰')}")
        ans = f"{firms[best]} (약 {num(rs[best])}원)"
    else:
        hi = max(range(k), key=lambda t: rs[t])
        q = (f"각 견적 금액을 반올림하여 {pname}의 자리까지 어림할 때, 가장 비싼 업체와 가장 싼 업체의 어림값의 차를 {_end(rng)}")
        ans = f"{num(rs[hi] - rs[best])}원"
    text = rng.choice([f"{job} 견적을 여러 업체에서 받았더니 다음과 같았다.\n{tb}\n{q}",
                       f"다음은 {job}에 대해 업체별로 제출한 견적 금액이다.\n{tb}\n{q}",
                       f"시설 관리 담당자가 {josa(job, '을/를')} 맡길 업체를 고르려고 견적서를 모았다.\n{tb}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["반올림", "표"], check=lambda: min(vals) == vals[best] or rs[best] == min(rs))


@family(_S12, "range-of-true-value")
def _range_true(rng: random.Random) -> Problem:
    unit, pname = rng.choice([(10000, "만"), (100000, "십만"), (1000000, "백만"), (10000000, "천만")])
    shown = rng.randint(12, 98) * unit * rng.choice([1, 10])
    how = rng.choice(["반올림", "올림", "버림"])
    if how == "반올림":
        lo, hi = shown - unit // 2, shown + unit // 2
        lo_w, hi_w = "이상", "미만"
    elif how == "올림":
        lo, hi = shown - unit, shown
        lo_w, hi_w = "초과", "이하"
    else:
        lo, hi = shown, shown + unit
        lo_w, hi_w = "이상", "미만"
    what = rng.choice(["판매 금액", "공사비", "물류비", "월 매출액"])
    text = rng.choice([
        f"어느 매장의 {josa(what, '을/를')} {how}하여 {pname}의 자리까지 나타내었더니 {num(shown)}원이었다. 실제 {what}의 범위를 "
        f"'□원 {lo_w} □원 {hi_w}'의 꼴로 {_end(rng, '쓰')} (금액은 1원 단위의 자연수이다.)",
        f"{josa(what, '을/를')} {how}하여 {pname} 원 단위로 보고한 값이 {num(shown)}원이다. 실제 금액이 될 수 있는 범위를 "
        f"□ 안에 알맞은 수를 써넣어 나타내시오.\n□원 {lo_w} □원 {hi_w}",
    ])
    return Problem(text=text, answer=f"{num(lo)}원 {lo_w} {num(hi)}원 {hi_w}", format="fill", difficulty=3,
                   achievement_level="B", concepts=["반올림", "올림", "버림", "이상", "미만", "초과", "이하"],
                   check=lambda: all(_round(v, unit, how) == shown for v in (lo + (lo_w == "초과"), hi - (hi_w == "미만"))))


@family(_S12, "korean-big-number-notation")
def _big_notation(rng: random.Random) -> Problem:
    n = rng.randint(1, 99) * 10 ** 8 + rng.randint(0, 9999) * 10 ** 4 + rng.choice([0, rng.randint(1, 9999)])
    what = rng.choice(["연 매출액", "공장 설비 투자액", "수출 계약액", "건물 공사비"])
    mode = rng.choice(["to_korean", "to_digits", "round_eok"])
    if mode == "to_korean":
        text = f"어느 회사의 {josa(what, '은/는')} {num(n)}원이다. 이 금액을 '억'과 '만'을 사용하여 읽기 쉽게 {_end(rng, '쓰')}"
        ans = _korean_big(n) + " 원"
        fmt, d = "computation", 1
    elif mode == "to_digits":
        text = f"보고서에 {josa(what, '이/가')} '{_korean_big(n)} 원'으로 적혀 있다. 이 금액을 숫자로만 {_end(rng, '쓰')}"
        ans = num(n) + "원"
        fmt, d = "computation", 1
    else:
        r = _round(n, 10 ** 8, "반올림")
        text = (f"{what} {num(n)}원을 반올림하여 억 원 단위로 어림하면 약 몇 억 원인지 {_end(rng)}")
        ans = f"약 {r // 10 ** 8}억 원"
        fmt, d = "word", 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="E" if d == 1 else "D",
                   concepts=["반올림"] if mode == "round_eok" else [],
                   check=lambda: int(ans.replace(",", "").replace("원", "")) == n if mode == "to_digits" else True)


@family(_S12, "estimate-product-budget")
def _est_product(rng: random.Random) -> Problem:
    p = rng.choice([1980, 2950, 4870, 3120, 5980, 7050, 990, 12400])
    q = rng.randint(11, 99) * 100 + rng.randint(-40, 40)
    up = _round(p, 10 ** (len(str(p)) - 1), "반올림")
    uq = _round(q, 10 ** (len(str(q)) - 1), "반올림")
    est = up * uq
    exact = p * q
    item = rng.choice(["판촉용 볼펜", "포장용 쇼핑백", "일회용 장갑", "LED 전구", "모종 화분"])
    text = rng.choice([
        f"{josa(item, '을/를')} 1개에 {num(p)}원씩 {num(q)}개 주문하려고 한다. 단가와 수량을 각각 반올림하여 가장 높은 자리까지 나타낸 뒤 "
        f"전체 금액을 어림하고, 실제 금액도 구하시오.",
        f"구매 담당자 {josa(name(rng), '은/는')} 단가 {num(p)}원인 {josa(item, '을/를')} {num(q)}개 사야 한다. 두 수를 각각 반올림하여 가장 높은 "
        f"자리까지 나타낸 다음 곱하여 어림한 금액과 실제 금액을 {_end(rng)}",
    ])
    ans = f"어림한 금액 약 {num(est)}원, 실제 금액 {num(exact)}원"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["반올림", "곱셈"], check=lambda: abs(exact - est) < est)


@family(_S12, "branch-sales-rounded-rank")
def _branch(rng: random.Random) -> Problem:
    k = rng.choice([4, 5])
    br = rng.sample(["강남점", "수원점", "대전점", "광주점", "부산점", "청주점", "전주점"], k)
    unit, pname = rng.choice([(1000000, "백만"), (10000000, "천만"), (100000, "십만")])
    while True:
        vals = [rng.randint(20, 99) * unit * 10 + rng.randint(0, unit * 10 - 1) for _ in range(k)]
        rs = [_round(v, unit, "반올림") for v in vals]
        if len(set(rs)) == k:
            break
    tb = _tbl(["지점", "매출액(원)"], [[b, num(v)] for b, v in zip(br, vals, strict=True)], rng)
    mode = rng.choice(["total", "rank"])
    if mode == "total":
        q = f"각 지점의 매출액을 반올림하여 {pname}의 자리까지 나타낸 뒤, 그 어림값들의 합을 {_end(rng)}"
        ans = f"{num(sum(rs))}원"
    else:
        order = sorted(range(k), key=lambda t: -rs[t])
        q = f"각 지점의 매출액을 반올림하여 {pname}의 자리까지 어림하고, 매출액이 많은 지점부터 차례로 {_end(rng, '쓰')}"
        ans = ", ".join(br[t] for t in order)
    per_ = rng.choice(['상반기', '3분기', '지난달', '연간'])
    text = rng.choice([f"다음은 어느 프랜차이즈 회사의 지점별 {per_} 매출액이다.\n{tb}\n{q}",
                       f"본사 재무팀이 {per_} 지점별 매출액을 집계하였다.\n{tb}\n{q}",
                       f"지점별 {per_} 매출 보고서의 일부가 다음과 같다.\n{tb}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["반올림", "표"],
                   check=lambda: sorted(range(k), key=lambda t: -vals[t]) == sorted(range(k), key=lambda t: -rs[t]) or mode == "total")


@family(_S12, "budget-roundup-plan")
def _budget_up(rng: random.Random) -> Problem:
    k = 3
    items = rng.sample([("자재비", 800000, 5000000), ("인건비", 1000000, 6000000), ("장비 대여료", 200000, 900000),
                        ("운송비", 100000, 600000), ("폐기물 처리비", 50000, 400000)], k)
    vals = [rng.randint(lo // 10, hi // 10) * 10 for _, lo, hi in items]
    tot = sum(vals)
    unit, pname = rng.choice([(100000, "십만"), (1000000, "백만"), (10000, "만")])
    while tot % unit == 0:
        vals[0] += 10
        tot = sum(vals)
    lst = "\n".join(f"· {it}: {num(v)}원" for (it, _, _), v in zip(items, vals, strict=True))
    order = rng.choice(["sum-first", "each-first"])
    if order == "sum-first":
        r = _round(tot, unit, "올림")
        q = f"예산이 모자라지 않도록 예상 비용의 합계를 올림하여 {pname}의 자리까지 나타낸 금액으로 예산을 신청하려고 한다. 신청할 예산을 {_end(rng)}"
    else:
        r = sum(_round(v, unit, "올림") for v in vals)
        q = f"각 항목의 비용을 올림하여 {pname}의 자리까지 나타낸 뒤 더한 금액으로 예산을 신청하려고 한다. 신청할 예산을 {_end(rng)}"
    text = f"{rng.choice(['매장 리모델링', '창고 정비', '공장 설비 보수', '농장 비닐하우스 신축'])} 공사의 예상 비용은 다음과 같다.\n{lst}\n{q}"
    return Problem(text=text, answer=f"{num(r)}원", format="word", difficulty=3, achievement_level="C",
                   concepts=["올림", "덧셈"], check=lambda: r >= tot and r - tot < unit * k)


# =================================================================================================
# 12직수01-03 시간·길이·무게·들이의 단위와 환산 (in, ft, lb, oz, 시차)
# =================================================================================================
def _dec(x: Fr) -> str:
    """An exact terminating decimal as text (x must terminate)."""
    s = _r(x, 6)
    return num(int(s)) if "." not in s else s


@family(_S13, "metric-length-mixed")
def _len_mixed(rng: random.Random) -> Problem:
    mode = rng.choice(["m_cm_to_mm", "km_to_m", "mm_to_m", "cm_to_m_cm"])
    ctx = rng.choice(["설계 도면에", "자재 발주서에", "작업 지시서에", "배송 기록에"])
    if mode == "m_cm_to_mm":
        a, b = rng.randint(1, 9), rng.randint(1, 99)
        ans = f"{num(a * 1000 + b * 10)} mm"
        text = f"{ctx} 창틀 길이가 {a} m {b} cm로 적혀 있다. 가공 기계에는 mm 단위로 입력해야 할 때, 입력할 값을 {_end(rng)}"
        ok = Fr(a) + Fr(b, 100) == Fr(a * 1000 + b * 10, 1000)
    elif mode == "km_to_m":
        v = Fr(rng.randint(12, 480), 10)
        ans = f"{num(int(v * 1000))} m"
        text = rng.choice([f"배송 트럭이 물류 센터에서 매장까지 {_dec(v)} km를 이동하였다. 이동 거리는 몇 m입니까?",
                           f"{_dec(v)} km = □ m\n□ 안에 알맞은 수를 써넣으세요."])
        ok = (v * 1000).denominator == 1
    elif mode == "mm_to_m":
        v = rng.randint(1200, 9800)
        ans = f"{_dec(Fr(v, 1000))} m"
        text = f"{ctx} 선반 폭이 {num(v)} mm로 적혀 있다. 이 길이는 몇 m인지 소수로 {_end(rng)}"
        ok = Fr(v, 1000) * 1000 == v
    else:
        v = rng.randint(101, 2999)
        ans = f"{v // 100} m {v % 100} cm"
        text = f"인테리어 현장에서 벽지 한 폭의 길이를 재었더니 {num(v)} cm였다. 이 길이를 몇 m 몇 cm로 {_end(rng, '쓰')}"
        ok = (v // 100) * 100 + v % 100 == v
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E",
                   concepts=["m", "cm", "mm", "km"], check=lambda: ok)


@family(_S13, "truck-load-tonnes")
def _truck(rng: random.Random) -> Problem:
    cap = Fr(rng.choice([1, 2, 5, 8, 11, 25]) * 10 + rng.choice([0, 5]), 10)  # t
    box = rng.choice([12, 15, 18, 20, 24, 25, 30, 40])  # kg
    item = rng.choice(["쌀 포대", "시멘트 포대", "사료 포대", "부품 상자", "과일 상자", "비료 포대"])
    cap_kg = cap * 1000
    n = int(cap_kg // box)
    text = rng.choice([
        f"최대 적재량이 {_dec(cap)} t인 트럭에 한 개의 무게가 {box} kg인 {josa(item, '을/를')} 실으려고 한다. 최대 몇 개까지 실을 수 있는지 {_end(rng)}",
        f"물류 센터의 {_dec(cap)} t 트럭에는 최대 적재량을 넘지 않게 짐을 실어야 한다. {box} kg짜리 {josa(item, '은/는')} 최대 몇 개 실을 수 있습니까?",
    ])
    return Problem(text=text, answer=f"{n}개", format="word", difficulty=2, achievement_level="D",
                   concepts=["t", "kg", "나눗셈"], check=lambda: n * box <= cap * 1000 < (n + 1) * box)


@family(_S13, "capacity-ml-servings")
def _capacity(rng: random.Random) -> Problem:
    ctx = rng.choice([("카페", "시럽", "음료 1잔", [10, 15, 20, 30]), ("미용실", "염색약 희석액", "1회 시술", [40, 50, 60, 80]),
                      ("농장", "액체 비료 원액", "물뿌리개 1통", [20, 25, 40, 50]), ("공장", "세척액", "기계 1대 세척", [150, 200, 250])])
    place, liquid, unit, per = ctx
    per_ml = rng.choice(per)
    bottle = Fr(rng.choice([5, 10, 15, 18, 20, 25, 30, 40]), 10) if per_ml < 100 else Fr(rng.choice([4, 5, 10, 18, 20]))
    total_ml = bottle * 1000
    n, rest = divmod(int(total_ml), per_ml)
    mode = rng.choice(["count", "rest"]) if rest else "count"
    if mode == "count":
        q = f"{unit}에 {per_ml} mL씩 사용한다면 {josa(liquid, '은/는')} 몇 번 사용할 수 있는지 {_end(rng)}"
        ans = f"{n}번"
    else:
        q = f"{unit}에 {per_ml} mL씩 최대한 여러 번 사용하고 나면 남는 양은 몇 mL입니까?"
        ans = f"{rest} mL"
    text = f"{place}에서 {_dec(bottle)} L들이 {liquid} 한 통을 새로 열었다. {q}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["L", "mL", "나눗셈"], check=lambda: n * per_ml + rest == bottle * 1000)


@family(_S13, "seconds-minutes-hours")
def _time_conv(rng: random.Random) -> Problem:
    mode = rng.choice(["sec_to_hms", "units_per_shift", "add_times"])
    if mode == "sec_to_hms":
        per = rng.choice([35, 40, 45, 48, 50, 75, 90])
        n = rng.randint(80, 600)
        total = per * n
        h, rem = divmod(total, 3600)
        mi, se = divmod(rem, 60)
        text = rng.choice([
            f"포장 라인에서 제품 1개를 포장하는 데 {per}초가 걸린다. 제품 {n}개를 쉬지 않고 포장하는 데 걸리는 시간은 몇 시간 몇 분 몇 초인지 {_end(rng)}",
            f"한 건을 처리하는 데 {per}초가 걸리는 검수 작업을 {n}건 하였다. 걸린 시간을 □시간 □분 □초로 나타내시오.",
        ])
        ans = f"{h}시간 {mi}분 {se}초"
        ok = h * 3600 + mi * 60 + se == per * n
        fmt = "fill" if "□" in text else "word"
    elif mode == "units_per_shift":
        per = rng.choice([30, 36, 40, 45, 48, 60, 72, 90])
        hrs = rng.choice([6, 7, 8, 9])
        brk = rng.choice([0, 30, 60])
        work = hrs * 3600 - brk * 60
        n = work // per
        stop = f"하루 {hrs}시간 가동하는 동안 점검 시간 {brk}분에는 기계를 멈춘다면" if brk else f"하루 {hrs}시간 동안 쉬지 않고 가동한다면"
        text = f"어느 공장의 기계는 부품 1개를 만드는 데 {per}초가 걸린다. {stop} 하루에 만드는 부품은 최대 몇 개인지 {_end(rng)}"
        ans = f"{n}개"
        ok = n * per <= work < (n + 1) * per
        fmt = "word"
    else:
        parts = [(rng.randint(0, 2), rng.randint(5, 55), rng.randint(1, 59)) for _ in range(3)]
        tot = sum(h * 3600 + m * 60 + s for h, m, s in parts)
        h, rem = divmod(tot, 3600)
        mi, se = divmod(rem, 60)
        lst = ", ".join(f"{h}시간 {m}분 {s}초".replace("0시간 ", "") for h, m, s in parts)
        text = f"제조 공정 세 단계에 걸리는 시간이 각각 {lst}이다. 세 단계에 걸리는 시간의 합을 몇 시간 몇 분 몇 초로 {_end(rng)}"
        ans = f"{h}시간 {mi}분 {se}초"
        ok = h * 3600 + mi * 60 + se == tot
        fmt = "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C",
                   concepts=["시", "분", "초"], check=lambda: ok)


_INCH_CTX = [("모니터 화면의 대각선 길이", [24, 27, 32, 43, 55, 65]), ("자전거 바퀴의 지름", [16, 20, 24, 26, 27]),
             ("수도관의 지름", [1, 2, 3, 4]), ("노트북 화면의 대각선 길이", [13, 14, 15, 16])]


@family(_S13, "inch-feet-to-metric")
def _inch(rng: random.Random) -> Problem:
    mode = rng.choice(["in", "ft", "ft_in"])
    table = "[단위 변환표] 1 in = 2.54 cm, 1 ft = 12 in = 30.48 cm"
    if mode == "in":
        what, sizes = rng.choice(_INCH_CTX)
        v = rng.choice(sizes)
        res = Fr(254, 100) * v
        text = f"{josa(what, '이/가')} {v}인치(in)이다. 이 길이는 몇 cm인지 {_end(rng)}\n{table}"
        ans = f"{_dec(res)} cm"
    elif mode == "ft":
        what, v = rng.choice([("수출용 컨테이너의 길이", rng.choice([20, 40])), ("수입 목재의 길이", rng.choice([6, 8, 10, 12])),
                              ("요트의 길이", rng.choice([24, 30, 36, 40])), ("미국식 주택 설계도의 천장 높이", rng.choice([8, 9, 10]))])
        res = Fr(3048, 10000) * v
        text = f"{josa(what, '이/가')} {v}피트(ft)로 표시되어 있다. 이 길이는 몇 m인지 {_end(rng)}\n{table}"
        ans = f"{_dec(res)} m"
    else:
        f_, i_ = rng.randint(5, 6), rng.randint(1, 11)
        res = Fr(254, 100) * (12 * f_ + i_)
        text = (f"해외 고객의 키가 {f_}피트 {i_}인치로 적혀 있다. 맞춤 작업복을 만들기 위해 이를 cm로 바꾸고, 반올림하여 일의 자리까지 {_end(rng, '쓰')}\n{table}")
        ans = f"약 {_r(res, 0)} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if mode != "ft_in" else 3,
                   achievement_level="C" if mode != "ft_in" else "B", concepts=["cm", "m"],
                   check=lambda: res == Fr(254, 100) * (12 * f_ + i_) if mode == "ft_in" else res > 0)


@family(_S13, "pound-ounce-to-metric")
def _lb_oz(rng: random.Random) -> Problem:
    mode = rng.choice(["lb_kg", "oz_g", "kg_lb"])
    tbl = _tbl(["단위", "환산값"], [["1 lb(파운드)", "약 0.45 kg"], ["1 oz(온스)", "약 28 g"], ["1 lb", "16 oz"]], rng)
    if mode == "lb_kg":
        v = rng.choice([20, 40, 50, 55, 100, 120, 150])
        res = Fr(45, 100) * v
        what = rng.choice(["수입 밀가루 한 포대", "수출용 원두 한 자루", "미국산 소고기 한 상자", "해외 주문 화물 한 개"])
        text = f"{what}의 무게가 {v} lb이다. 다음 변환표를 이용하여 이 무게가 약 몇 kg인지 {_end(rng)}\n{tbl}"
        ans = f"약 {_dec(res)} kg"
    elif mode == "oz_g":
        v = rng.choice([8, 12, 16, 20, 32])
        res = Fr(28) * v
        what = rng.choice(["원두 한 봉지", "치즈 한 덩어리", "견과류 한 팩", "스테이크 한 조각"])
        text = f"해외에서 수입한 {what}에 {v} oz라고 표시되어 있다. 다음 변환표를 이용하여 약 몇 g인지 {_end(rng)}\n{tbl}"
        ans = f"약 {num(int(res))} g"
    else:
        v = rng.choice([9, 18, 27, 36, 45, 90])
        res = Fr(v) / Fr(45, 100)
        text = f"해외 바이어가 {v} kg의 제품을 주문하면서 무게를 파운드(lb)로 알려 달라고 하였다. 다음 변환표를 이용하여 약 몇 lb인지 {_end(rng)}\n{tbl}"
        ans = f"약 {_dec(res)} lb"
    return Problem(text=text, answer=ans, format="data", difficulty=2 if mode != "kg_lb" else 3,
                   achievement_level="C", concepts=["kg", "g"], check=lambda: res > 0 and res.denominator in (1, 2, 4, 5, 10, 20, 25, 50, 100))


_ZONES = [("뉴욕", -14), ("런던", -9), ("파리", -8), ("두바이", -5), ("하노이", -2), ("시드니", 1), ("로스앤젤레스", -17),
          ("싱가포르", -1), ("모스크바", -6)]


@family(_S13, "time-zone-difference")
def _tz(rng: random.Random) -> Problem:
    city, d = rng.choice(_ZONES)
    mode = rng.choice(["local_now", "arrival", "meeting"])
    rel = f"{josa(city, '은/는')} 서울보다 {abs(d)}시간 {'느리다' if d < 0 else '빠르다'}"
    if mode == "local_now":
        h = rng.randint(0, 23)
        lh = (h + d) % 24
        dayshift = (h + d) // 24
        text = f"{rel}. 서울이 {h}시일 때 {city}의 시각은 몇 시인지 24시간제로 {_end(rng)} (날짜가 바뀌면 '전날' 또는 '다음 날'을 함께 쓰시오.)"
        ans = f"{lh}시" + (" (전날)" if dayshift < 0 else " (다음 날)" if dayshift > 0 else "")
        ok = (h + d - lh) % 24 == 0
        dif = 2
    elif mode == "arrival":
        dep = rng.randint(8, 23)
        fly = rng.randint(2, 14)
        arr_seoul = dep + fly
        arr = arr_seoul + d
        day = arr // 24
        text = (f"{rel}. 출장 가는 직원이 서울에서 {dep}시에 출발하는 비행기를 타고 {fly}시간 걸려 {city}에 도착하였다. 도착했을 때 "
                f"{city}의 현지 시각은 몇 시인지 24시간제로 {_end(rng)} (출발일과 날짜가 다르면 '전날' 또는 '다음 날'을 함께 쓰시오.)")
        ans = f"{arr % 24}시" + (" (전날)" if day < 0 else " (다음 날)" if day > 0 else "")
        ok = (dep + fly + d - arr % 24) % 24 == 0
        dif = 3
    else:
        h = rng.randint(9, 17)
        lh = h + d
        text = (f"{rel}. {city} 지사에서 현지 시각으로 {lh % 24}시에 화상 회의를 하자고 연락이 왔다. 서울 본사 직원은 서울 시각으로 몇 시에 "
                f"회의에 참석해야 하는지 24시간제로 {_end(rng)}" + (" (날짜가 다르면 함께 쓰시오.)" if not 0 <= lh < 24 else ""))
        ans = f"{h}시" + (" (다음 날)" if lh < 0 else " (전날)" if lh >= 24 else "")
        ok = (lh - d - h) == 0
        dif = 3
    return Problem(text=text, answer=ans, format="word", difficulty=dif, achievement_level="C" if dif == 2 else "B",
                   concepts=["시"], check=lambda: ok)


@family(_S13, "wrong-conversion-mcq")
def _wrong_conv(rng: random.Random) -> Problem:
    a = rng.randint(2, 9)
    b = rng.randint(11, 95)
    c = rng.randint(2, 9)
    e = rng.randint(105, 950)
    g = rng.randint(2, 8)
    right = [
        f"{a}.{b:02d} km = {num(a * 1000 + b * 10)} m",
        f"{c} L {e} mL = {num(c * 1000 + e)} mL",
        f"{g}.{b:02d} t = {num(g * 1000 + b * 10)} kg",
        f"{e} cm = {_dec(Fr(e, 100))} m",
        f"{a}시간 {b % 60}분 = {a * 60 + b % 60}분",
        f"{num(b * 60)}초 = {b}분",
        f"{e} g = {_dec(Fr(e, 1000))} kg",
    ]
    wrong = [
        f"{a}.{b:02d} km = {num(a * 100 + b)} m",
        f"{c} L {e} mL = {num(c * 100 + e)} mL",
        f"{g}.{b:02d} t = {num(g * 100 + b)} kg",
        f"{e} cm = {_dec(Fr(e, 10))} m",
        f"{a}시간 {b % 60}분 = {a * 100 + b % 60}분",
        f"{e} g = {_dec(Fr(e, 100))} kg",
    ]
    ask_wrong = rng.random() < 0.6
    if ask_wrong:
        correct = rng.choice(wrong)
        ch = choices(rng, correct, rng.sample(right, 4))
        q = rng.choice(["다음 중 단위를 잘못 바꾼 것은?", "다음 단위 환산 중 옳지 않은 것은?"])
    else:
        correct = rng.choice(right)
        ch = choices(rng, correct, rng.sample(wrong, 4))
        q = rng.choice(["다음 중 단위를 바르게 바꾼 것은?", "다음 단위 환산 중 옳은 것은?"])
    return Problem(text=f"{q}\n{ch.block}", answer=ch.label, format="mcq", choice=ch, difficulty=2,
                   achievement_level="D", concepts=["km", "m", "L", "mL", "t", "kg"],
                   check=lambda: (ch.options[ch.correct] in wrong) == ask_wrong)


# =================================================================================================
# 12직수02-01 비와 비례식 (단가, 단위가격, 환율, 배합비)
# =================================================================================================
@family(_S21, "unit-price-compare")
def _unit_price(rng: random.Random) -> Problem:
    item, unit, base = rng.choice([("원두", "g", 100), ("세제", "mL", 100), ("올리브유", "mL", 100), ("밀가루", "g", 1000),
                                   ("샴푸", "mL", 100), ("퇴비", "kg", 1)])
    k = rng.choice([2, 3])
    labels = ["A", "B", "C"][:k]
    while True:
        if unit == "kg":
            sizes = rng.sample([5, 10, 15, 20, 25], k)
        else:
            sizes = rng.sample([200, 250, 300, 400, 500, 750, 1000, 1500, 2000], k)
        per = [rng.randint(8, 40) * 10 for _ in range(k)] if base == 100 else [rng.randint(15, 60) * 100 for _ in range(k)]
        prices = [Fr(p * s, base) for p, s in zip(per, sizes, strict=True)]
        if all(pp.denominator == 1 for pp in prices) and len(set(per)) == k:
            break
    prices = [int(pp) for pp in prices]
    best = min(range(k), key=lambda t: Fr(prices[t], sizes[t]))
    rows = [[lab, f"{num(s)} {unit}", _won(p)] for lab, s, p in zip(labels, sizes, prices, strict=True)]
    tb = _tbl(["제품", "용량", "가격"], rows, rng)
    bu = f"{num(base)} {unit}" if base > 1 else f"1 {unit}"
    text = rng.choice([
        f"{josa(rng.choice(['카페 운영자', '매장 관리자', '구매 담당자', '미용실 원장']), '이/가')} {item} 구입처를 비교하고 있다.\n{tb}\n{bu}당 가격을 각각 구하여 가장 경제적인 제품을 {_end(rng, '쓰')}",
        f"다음은 같은 품질의 {item} 제품 {k}가지의 용량과 가격이다.\n{tb}\n{bu}당 가격이 가장 싼 제품과 그 가격을 {_end(rng)}",
    ])
    ans = f"{labels[best]}, {bu}당 {_won(per[best])}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["비", "비율", "표"], check=lambda: Fr(prices[best] * base, sizes[best]) == per[best])


_CUR = [("미국", "달러", "USD", (1280, 1420)), ("일본", "엔", "JPY", None), ("유럽 연합", "유로", "EUR", (1400, 1560)),
        ("중국", "위안", "CNY", (180, 200)), ("베트남", "동", "VND", None)]


@family(_S21, "exchange-rate-convert")
def _fx(rng: random.Random) -> Problem:
    country, cname, code, rngv = rng.choice([c for c in _CUR if c[3]])
    rate = rng.randint(*rngv)
    mode = rng.choice(["to_won", "to_fx"])
    if mode == "to_won":
        amt = rng.choice([120, 250, 480, 1500, 2300, 36, 85]) * (10 if code == "CNY" else 1)
        res = amt * rate
        text = rng.choice([
            f"무역 회사에서 {country}의 거래처에 {josa(num(amt) + cname, '을/를')} 송금해야 한다. 1{josa(cname, '이/가')} {num(rate)}원일 때, 필요한 금액은 몇 원인지 {_end(rng)}",
            f"환율이 1 {code} = {num(rate)}원일 때, {country}에서 수입한 부품의 가격 {num(amt)} {code}는 우리 돈으로 {_end(rng, '얼')}",
        ])
        ans = _won(res)
        ok = Fr(res, rate) == amt
    else:
        amt = rate * rng.randint(50, 900)
        res = Fr(amt, rate)
        text = (f"해외 출장을 앞둔 직원이 {_won(amt)}을 {country} 화폐로 바꾸려고 한다. 1{cname}에 {num(rate)}원일 때, 받을 수 있는 금액은 몇 {cname}인지 "
                f"{_end(rng)} (수수료는 생각하지 않는다.)")
        ans = f"{num(int(res))}{cname}"
        ok = res.denominator == 1
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["환율", "비"], check=lambda: ok)


@family(_S21, "price-in-two-countries")
def _fx_compare(rng: random.Random) -> Problem:
    usd = rng.randint(1300, 1400)
    jpy100 = rng.randint(880, 980)
    eur = rng.randint(1450, 1550)
    item = rng.choice(["커피 머신", "전동 드릴", "헤어드라이어", "노트북", "재봉틀"])
    p_us = rng.randint(150, 900)
    p_jp = rng.randint(150, 900) * 100
    p_eu = rng.randint(150, 900)
    won = {"미국": p_us * usd, "일본": Fr(p_jp * jpy100, 100), "독일": p_eu * eur}
    while len(set(won.values())) < 3:
        p_eu += 1
        won["독일"] = p_eu * eur
    tb = _tbl(["통화", "환율"], [["1달러(USD)", f"{num(usd)}원"], ["100엔(JPY)", f"{num(jpy100)}원"], ["1유로(EUR)", f"{num(eur)}원"]], rng)
    cheapest = min(won, key=won.get)
    text = (f"같은 모델의 {josa(item, '을/를')} 미국에서는 {num(p_us)}달러, 일본에서는 {num(p_jp)}엔, 독일에서는 {num(p_eu)}유로에 판매한다. "
            f"오늘의 환율이 다음과 같을 때, 원화로 환산한 가격이 가장 싼 나라와 그 금액을 {_end(rng)} (운송비와 세금은 생각하지 않는다.)\n{tb}")
    v = won[cheapest]
    v = Fr(v)
    ans = f"{cheapest}, {_won(v)}" if v.denominator == 1 else f"{cheapest}, 약 {num(int(_r(v, 0)))}원"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["환율", "비"], check=lambda: min(won.values()) == won[cheapest])


@family(_S21, "mix-ratio-proportional-split")
def _mix(rng: random.Random) -> Problem:
    ctx = rng.choice([
        ("미용실에서 염색약과 산화제를", ["염색약", "산화제"], "mL", [(1, 1), (1, 2), (2, 3)]),
        ("카페에서 에스프레소와 우유를", ["에스프레소", "우유"], "mL", [(1, 3), (1, 4), (2, 5)]),
        ("공사 현장에서 시멘트, 모래, 자갈을", ["시멘트", "모래", "자갈"], "kg", [(1, 2, 4), (1, 3, 6), (1, 2, 3)]),
        ("농장에서 액체 비료 원액과 물을", ["원액", "물"], "mL", [(1, 99), (1, 49), (1, 19)]),
        ("페인트 가게에서 흰색과 파란색 페인트를", ["흰색 페인트", "파란색 페인트"], "mL", [(3, 1), (5, 2), (4, 1)]),
    ])
    lead, parts, u, ratios = ctx
    r = rng.choice(ratios)
    s = sum(r)
    total = s * rng.randint(3, 40) * (10 if u == "mL" else 1)
    if s >= 50:
        total = s * rng.randint(2, 10) * 10
    shares = [Fr(total * x, s) for x in r]
    idx = rng.randrange(len(parts))
    rtxt = " : ".join(str(x) for x in r)
    mode = rng.choice(["total", "from_one"])
    if mode == "total":
        text = (f"{lead} {rtxt}의 비로 섞어 모두 {num(total)} {u}를 만들려고 한다. {josa(parts[idx], '은/는')} 몇 {u} 필요한지 {_end(rng)}")
        ans = f"{_dec(shares[idx])} {u}"
        ok = sum(shares) == total
    else:
        j = (idx + 1) % len(parts)
        text = (f"{lead} {rtxt}의 비로 섞는다. {josa(parts[idx], '을/를')} {_dec(shares[idx])} {u} 사용했다면 {josa(parts[j], '은/는')} 몇 {u} 필요한지 "
                f"비례식을 세워 {_end(rng)}")
        ans = f"{_dec(shares[j])} {u}"
        ok = shares[idx] * r[j] == shares[j] * r[idx]
    return Problem(also=["6수02-05"], text=text, answer=ans, format="word", difficulty=2 if len(r) == 2 else 3, achievement_level="C",
                   concepts=["비", "비례식", "비례배분"], check=lambda: ok)


@family(_S21, "proportion-fill-production")
def _prop_fill(rng: random.Random) -> Problem:
    ctx = rng.choice([("포장 기계가", "분", "상자를", "개"), ("제빵 오븐이", "시간", "빵을", "개"), ("인쇄기가", "분", "전단지를", "장"),
                      ("직원 한 명이", "시간", "택배를", "개")])
    who, tu, obj, cu = ctx
    a = rng.randint(2, 9)
    per = rng.randint(3, 40)
    b = a * per
    c = rng.choice([t for t in range(3, 60) if t != a])
    d = c * per
    sty = pick_style(rng)
    prop = f"${a} : {b} = {c} : \\square$" if sty == "latex" else f"{a} : {b} = {c} : □"
    text = rng.choice([
        f"{who} {a}{tu} 동안 {obj} {b}{cu} 만든다. 같은 빠르기로 {c}{tu} 동안 만드는 양을 구하기 위해 다음 비례식을 세웠다. □ 안에 알맞은 수를 써넣으시오.\n{prop}",
        f"{who} {a}{tu}에 {obj} {b}{cu} 처리한다. 다음 비례식의 □에 알맞은 수를 구하고, {c}{tu} 동안 처리하는 양을 {_end(rng, '쓰')}\n{prop}",
    ])
    return Problem(also=["6수02-04"], text=text, answer=f"{d}", format="fill", difficulty=1, achievement_level="D",
                   concepts=["비례식", "비"], check=lambda: a * d == b * c)


@family(_S21, "profit-share-by-investment")
def _share(rng: random.Random) -> Problem:
    k = rng.choice([2, 3])
    who = rng.sample(["김 사장", "이 사장", "박 대표", "최 대표", "정 원장"], k)
    inv = [rng.randint(1, 9) * 1000 for _ in range(k)]  # 만 원
    while len(set(inv)) < k:
        inv = [rng.randint(1, 9) * 1000 for _ in range(k)]
    s = sum(inv)
    profit = s * rng.randint(2, 30) * 100  # 원 (divisible)
    shares = [Fr(profit * v, s) for v in inv]
    i = rng.randrange(k)
    lst = ", ".join(f"{w} {num(v)}만 원" for w, v in zip(who, inv, strict=True))
    biz = rng.choice(["카페", "인테리어 사무소", "스마트팜", "미용실", "물류 창고"])
    text = rng.choice([
        f"{k}명이 {lst}을 투자하여 {josa(biz, '을/를')} 열었다. 올해 이익 {_won(profit)}을 투자한 금액의 비로 나누어 가질 때, {josa(who[i], '이/가')} 받는 금액을 {_end(rng)}",
        f"{biz} 공동 운영자들의 투자금은 {lst}이다. 이익금 {_won(profit)}을 투자금에 비례하여 나눈다면 {who[i]}의 몫은 {_end(rng, '얼')}",
    ])
    return Problem(also=["6수02-05"], text=text, answer=_won(shares[i]), format="word", difficulty=3, achievement_level="B",
                   concepts=["비례배분", "비"], check=lambda: sum(shares) == profit and shares[i].denominator == 1)


@family(_S21, "fuel-efficiency-cost")
def _fuel(rng: random.Random) -> Problem:
    eff = rng.choice([8, 10, 12, 14, 15, 16])  # km/L
    dist = eff * rng.randint(5, 40)
    price = rng.choice([1580, 1640, 1690, 1720, 1750])
    liters = Fr(dist, eff)
    cost = liters * price
    veh = rng.choice(["배송 트럭", "영업용 승용차", "농장 화물차", "이동식 카페 차량"])
    mode = rng.choice(["liters", "cost"])
    if mode == "liters":
        text = f"연비가 1 L당 {eff} km인 {josa(veh, '으로/로')} {num(dist)} km를 운행하려고 한다. 필요한 연료는 몇 L인지 {_end(rng)}"
        ans = f"{_dec(liters)} L"
    else:
        text = (f"{josa(veh, '은/는')} 연료 1 L로 {eff} km를 달린다. 이 차로 하루 {num(dist)} km를 배송할 때, 연료 가격이 1 L에 {_won(price)}이라면 "
                f"하루 연료비는 {_end(rng, '얼')}")
        ans = _won(cost)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C" if mode == "cost" else "D",
                   concepts=["비", "비율"], check=lambda: liters * eff == dist and cost.denominator == 1)


@family(_S21, "ratio-meaning-mcq")
def _ratio_mcq(rng: random.Random) -> Problem:
    a = rng.randint(3, 40)
    b = rng.randint(a + 5, 200)
    ctx = rng.choice([("전체 생산품", "불량품", "개"), ("전체 방문 고객", "구매 고객", "명"), ("전체 주문", "취소된 주문", "건"),
                      ("전체 직원", "야간 근무 직원", "명")])
    whole, part, cu = ctx
    q = rng.choice(["ratio", "value"])
    if q == "ratio":
        correct = f"{a} : {b}"
        bad = [f"{b} : {a}", f"{a} : {b - a}", f"{b - a} : {b}", f"{b - a} : {a}", f"{a + b} : {b}"]
        stem = f"{whole} {b}{cu} 중 {josa(part, '은/는')} {josa(str(a) + cu, '이었다/였다')}. {whole}에 대한 {part}의 비로 옳은 것은?"
    else:
        correct = str(Fr(a, b))
        bad = [str(Fr(b, a)), str(Fr(a, b - a)), str(Fr(b - a, b)), str(Fr(a, a + b)), str(Fr(b - a, a))]
        stem = f"{whole} {b}{cu} 중 {josa(part, '은/는')} {josa(str(a) + cu, '이었다/였다')}. {whole}을 기준량으로 할 때 {part}의 비율을 기약분수로 나타낸 것은?"
    ch = choices(rng, correct, bad)
    stem = stem.replace(f"{whole}을 기준량", f"{josa(whole, '을/를')} 기준량")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", choice=ch, difficulty=1,
                   achievement_level="D", concepts=["비", "비율", "기준량", "비교하는 양"],
                   check=lambda: ch.options[ch.correct] == correct)


# =================================================================================================
# 12직수02-02 비율과 백분율 (할인율, 인상률, 손익률, 불량률, 부가세)
# =================================================================================================
def _pct_text(x: Fr) -> str:
    return f"{_r(x, 1)}%"


_GOODS = [("겨울 코트", 89000, 240000), ("무선 청소기", 150000, 480000), ("헤어 에센스", 18000, 45000), ("원목 식탁", 320000, 900000),
          ("등산화", 70000, 190000), ("전기 포트", 25000, 69000), ("캠핑 의자", 30000, 98000)]


@family(_S22, "discount-price-or-rate")
def _discount(rng: random.Random) -> Problem:
    item, lo, hi = rng.choice(_GOODS)
    price = rng.randint(lo // 1000, hi // 1000) * 1000
    rate = rng.choice([5, 10, 15, 20, 25, 30, 35, 40, 50])
    sale = Fr(price * (100 - rate), 100)
    while sale.denominator != 1:
        price += 1000
        sale = Fr(price * (100 - rate), 100)
    mode = rng.choice(["sale", "rate", "orig"])
    shop = rng.choice(["매장", "온라인 쇼핑몰", "아웃렛", "매장 직원"])
    if mode == "sale":
        text = rng.choice([f"정가가 {_won(price)}인 {josa(item, '을/를')} {rate}% 할인하여 판매한다. 판매 가격은 {_end(rng, '얼')}",
                           f"{shop}에서 {item}의 가격표에 '정가 {_won(price)}, {rate}% 할인'이라고 붙였다. 손님이 내야 할 금액을 {_end(rng)}"])
        ans = _won(sale)
        fmt, d = "word", 1
    elif mode == "rate":
        text = rng.choice([f"정가 {_won(price)}인 {josa(item, '을/를')} {_won(sale)}에 판매하였다. 할인율은 몇 %인지 {_end(rng)}",
                           f"{item}의 정가는 {_won(price)}인데 행사 기간에는 {_won(sale)}에 판다. 정가에 대한 할인 금액의 비율을 백분율로 {_end(rng, '쓰')}"])
        ans = f"{rate}%"
        fmt, d = "word", 2
    else:
        text = (f"{josa(item, '을/를')} 정가의 {rate}%를 할인하여 {_won(sale)}에 판매하였다. 이 {item}의 정가는 {_end(rng, '얼')}")
        ans = _won(price)
        fmt, d = "word", 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level={1: "D", 2: "C", 3: "B"}[d],
                   concepts=["백분율", "할인율", "비율"], check=lambda: Fr(price - sale, price) * 100 == rate)


@family(_S22, "successive-discounts-mcq")
def _succ(rng: random.Random) -> Problem:
    a, b = rng.choice([(20, 10), (30, 10), (20, 20), (10, 10), (40, 10), (30, 20), (50, 10)])
    price = rng.choice([50000, 80000, 100000, 120000, 200000])
    final = Fr(price) * (100 - a) * (100 - b) / 10000
    eff = Fr(100) - Fr((100 - a) * (100 - b), 100)
    ask = rng.choice(["rate", "price"])
    item = rng.choice(["정장", "운동화", "가방", "공기청정기", "의자"])
    stem = (f"어느 매장에서 {josa(item, '을/를')} 정가에서 {a}% 할인하고, 회원에게는 할인된 가격에서 다시 {b}%를 할인해 준다. ")
    if ask == "rate":
        correct = f"{_r(eff, 1)}%"
        bad = [f"{a + b}%", f"{a * b // 10}%" if a * b // 10 != a + b else f"{a + b + 5}%", f"{_r(Fr(a * b, 100), 1)}%", f"{abs(a - b)}%",
               f"{_r(eff + 2, 1)}%", f"{_r(eff - 2, 1)}%"]
        q = "회원이 구입할 때, 정가에 대한 실제 할인율은?"
    else:
        correct = _won(final)
        bad = [_won(Fr(price) * (100 - a - b) / 100), _won(Fr(price) * (100 - a) / 100), _won(Fr(price) * (100 - b) / 100),
               _won(Fr(price) * (a + b) / 100), _won(final + 1000)]
        q = f"정가가 {_won(price)}일 때, 회원이 내야 할 금액은?"
    ch = choices(rng, correct, bad)
    return Problem(text=f"{stem}{q}\n{ch.block}", answer=ch.label, format="mcq", choice=ch, difficulty=3,
                   achievement_level="B", concepts=["할인율", "백분율"],
                   check=lambda: final == price * (1 - Fr(eff, 100)))


@family(_S22, "markup-then-discount-profit")
def _markup(rng: random.Random) -> Problem:
    cost = rng.randint(10, 90) * 1000
    up = rng.choice([20, 25, 30, 40, 50, 60])
    dn = rng.choice([10, 20, 25, 30])
    tag = Fr(cost) * (100 + up) / 100
    sale = tag * (100 - dn) / 100
    prof = sale - cost
    prate = prof * 100 / cost
    item = rng.choice(["수제 케이크", "화분", "가죽 지갑", "헤어 트리트먼트 세트", "목재 선반"])
    mode = rng.choice(["profit", "rate"])
    text = (f"원가가 {_won(cost)}인 {item}에 원가의 {up}%만큼 이익을 붙여 정가를 정하였다. "
            f"재고 정리를 위해 정가에서 {dn}%를 할인하여 팔았다면, ")
    if mode == "profit":
        text += f"한 개를 팔 때 이익 또는 손실은 {_end(rng, '얼')} (손실이면 '손실'이라고 쓰시오.)"
        ans = f"{_won(abs(prof))} {'이익' if prof > 0 else '손실' if prof < 0 else ''}".strip() if prof != 0 else "0원"
    else:
        text += f"원가에 대한 이익률(손실이면 손실률)은 몇 %인지 {_end(rng)}"
        ans = f"{'이익률' if prof >= 0 else '손실률'} {_r(abs(prate), 1)}%"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["백분율", "할인율", "비율"],
                   check=lambda: sale == Fr(cost * (100 + up) * (100 - dn), 10000))


@family(_S22, "price-increase-rate")
def _increase(rng: random.Random) -> Problem:
    ctx = rng.choice([("커트 요금", 12000, 25000, "미용실"), ("아메리카노 가격", 3000, 5000, "카페"), ("택배 운임", 3000, 6000, "물류 회사"),
                      ("배추 1포기 도매가", 2000, 6000, "농산물 도매 시장"), ("원자재 1 kg 가격", 5000, 20000, "제조 공장")])
    what, lo, hi, place = ctx
    old = rng.randint(lo // 100, hi // 100) * 100
    rate = rng.choice([4, 5, 8, 10, 12, 15, 20, 25])
    new = Fr(old * (100 + rate), 100)
    while new.denominator != 1:
        old += 100
        new = Fr(old * (100 + rate), 100)
    mode = rng.choice(["rate", "new"])
    if mode == "rate":
        text = rng.choice([f"{place}의 {josa(what, '이/가')} {_won(old)}에서 {_won(new)}으로 올랐다. 인상률은 몇 %인지 {_end(rng)}",
                           f"작년에 {_won(old)}이던 {place}의 {josa(what, '이/가')} 올해 {_won(new)}이 되었다. 작년에 대한 인상률을 백분율로 {_end(rng, '쓰')}"])
        ans = f"{rate}%"
    else:
        text = f"{place}에서 {josa(what, '을/를')} {_won(old)}에서 {rate}% 인상하기로 하였다. 인상된 가격을 {_end(rng)}"
        ans = _won(new)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["백분율", "비율"], check=lambda: (new - old) * 100 / old == rate)


@family(_S22, "defect-rate-lines")
def _defect(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    lines = [f"{c}라인" for c in ["A", "B", "C", "D"][:k]]
    while True:
        prod = [rng.randint(8, 40) * 50 for _ in range(k)]
        bad = [rng.randint(3, 60) for _ in range(k)]
        rates = [Fr(b * 100, p) for b, p in zip(bad, prod, strict=True)]
        if len(set(rates)) == k and all(b < p for b, p in zip(bad, prod, strict=True)):
            break
    tb = _tbl(["생산 라인", "생산량(개)", "불량품(개)"], [[ln, num(p), str(b)] for ln, p, b in zip(lines, prod, bad, strict=True)], rng)
    mode = rng.choice(["best", "worst", "one"])
    if mode == "best":
        i = min(range(k), key=lambda t: rates[t])
        q = f"불량률(%)이 가장 낮은 생산 라인과 그 불량률을 {_end(rng)} (반올림하여 소수 첫째 자리까지)"
        ans = f"{lines[i]}, {_pct_text(rates[i])}"
    elif mode == "worst":
        i = max(range(k), key=lambda t: rates[t])
        q = f"불량률이 가장 높아 점검이 필요한 생산 라인과 그 불량률을 {_end(rng)} (반올림하여 소수 첫째 자리까지)"
        ans = f"{lines[i]}, {_pct_text(rates[i])}"
    else:
        i = rng.randrange(k)
        q = f"{lines[i]}의 불량률은 몇 %인지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = _pct_text(rates[i])
    text = rng.choice([f"다음은 어느 공장의 생산 라인별 하루 생산량과 불량품 수이다.\n{tb}\n{q}",
                       f"품질 관리 담당자가 생산 라인마다 하루 동안 만든 제품과 불량품을 세어 정리하였다. (불량률 = 불량품 수 ÷ 생산량 × 100)\n{tb}\n{q}",
                       f"제조 공정의 품질 점검 결과표이다.\n{tb}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["백분율", "비율", "표"], check=lambda: abs(float(rates[i]) - bad[i] / prod[i] * 100) < 1e-9)


@family(_S22, "ratio-percent-table-fill")
def _pct_fill(rng: random.Random) -> Problem:
    pool = [Fr(1, 4), Fr(3, 8), Fr(7, 20), Fr(2, 5), Fr(9, 25), Fr(3, 50), Fr(1, 8), Fr(13, 20), Fr(17, 25), Fr(5, 8)]
    vals = rng.sample(pool, 3)
    labels = ["㉠", "㉡", "㉢"]
    kinds = rng.sample(["frac", "dec", "pct"], 3)
    rows, ans = [], []
    for lab, v, kd in zip(labels, vals, kinds, strict=True):
        f_, d_, p_ = f"{v.numerator}/{v.denominator}", _dec(v), f"{_dec(v * 100)}%"
        cells = {"frac": f_, "dec": d_, "pct": p_}
        show = rng.choice([x for x in ("frac", "dec", "pct") if x != kd])
        row = [cells[x] if x == show else ("(  " + lab + "  )" if x == kd else "") for x in ("frac", "dec", "pct")]
        rows.append(row)
        ans.append(f"{lab} {cells[kd]}")
    ctx = rng.choice(["매장별 목표 달성 비율", "제품별 반품 비율", "지점별 재방문 고객 비율"])
    tb = _tbl(["분수", "소수", "백분율"], rows, rng)
    text = (f"다음은 {josa(ctx, '을/를')} 여러 가지 방법으로 나타낸 표의 일부이다. ㉠, ㉡, ㉢에 알맞은 값을 {_end(rng, '쓰')} (빈칸은 채우지 않아도 된다.)\n{tb}")
    return Problem(also=["6수02-03"], text=text, answer=", ".join(ans), format="fill", difficulty=1, achievement_level="D",
                   concepts=["백분율", "비율", "분수", "소수"], check=lambda: all((v * 100).denominator in (1, 2) for v in vals))


@family(_S22, "vat-included-price")
def _vat(rng: random.Random) -> Problem:
    supply = rng.randint(10, 900) * 1000
    vat = supply // 10
    total = supply + vat
    mode = rng.choice(["from_supply", "from_total"])
    job = rng.choice(["인테리어 공사", "간판 제작", "사무용 가구 납품", "청소 용역", "웹 디자인 외주"])
    if mode == "from_supply":
        text = rng.choice([f"{job} 대금의 공급가액이 {_won(supply)}이다. 부가가치세 10%를 더한 합계 금액을 {_end(rng)}",
                           f"{job} 견적서에 공급가액 {_won(supply)}, 부가가치세는 공급가액의 10%라고 적혀 있다. 고객이 낼 금액은 {_end(rng, '얼')}"])
        ans = _won(total)
    else:
        text = (f"{job} 대금으로 부가가치세 10%가 포함된 {_won(total)}을 받았다. 이 금액 중 공급가액과 부가가치세는 각각 {_end(rng, '얼')}")
        ans = f"공급가액 {_won(supply)}, 부가가치세 {_won(vat)}"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if mode == "from_supply" else 3,
                   achievement_level="C" if mode == "from_supply" else "B", concepts=["세금", "백분율"],
                   check=lambda: Fr(total) / Fr(11, 10) == supply)


@family(_S22, "target-achievement-rate")
def _achieve(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    who = rng.sample(["1팀", "2팀", "3팀", "4팀", "영업부", "온라인팀"], k)
    while True:
        goal = [rng.randint(5, 30) * 100 for _ in range(k)]
        real = [g * rng.randint(70, 130) // 100 for g in goal]
        rates = [Fr(r * 100, g) for r, g in zip(real, goal, strict=True)]
        if len(set(rates)) == k:
            break
    unit = rng.choice(["만 원", "개", "건"])
    tb = _tbl(["팀", f"목표({unit})", f"실적({unit})"], [[w, num(g), num(r)] for w, g, r in zip(who, goal, real, strict=True)], rng)
    i = max(range(k), key=lambda t: rates[t])
    over = [w for w, r in zip(who, rates, strict=True) if r >= 100]
    mode = rng.choice(["best", "over"])
    if mode == "best" or not over:
        q = f"목표 달성률(%)이 가장 높은 팀과 그 달성률을 {_end(rng)} (반올림하여 소수 첫째 자리까지)"
        ans = f"{who[i]}, {_pct_text(rates[i])}"
    else:
        q = f"목표 달성률이 100% 이상인 팀을 모두 {_end(rng, '쓰')}"
        ans = ", ".join(over)
    text = rng.choice([f"다음은 어느 회사의 팀별 이번 달 판매 목표와 실적이다.\n{tb}\n{q}",
                       f"영업 관리자가 팀별 목표 대비 실적을 점검하고 있다. (달성률 = 실적 ÷ 목표 × 100)\n{tb}\n{q}",
                       f"월말 회의 자료에 실린 팀별 목표와 실적은 다음과 같다.\n{tb}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["백분율", "비율", "표"], check=lambda: max(rates) == rates[i])


# =================================================================================================
# 12직수02-03 요율표와 대응 관계 (운임, 수수료, 위약금, 보험료)
# =================================================================================================
@family(_S23, "parcel-fee-weight-band")
def _parcel(rng: random.Random) -> Problem:
    bands = [2, 5, 10, 20, 30]
    base = rng.choice([3000, 3500, 4000])
    steps = [0, rng.choice([500, 1000]), rng.choice([1500, 2000]), rng.choice([3000, 3500]), rng.choice([5000, 6000])]
    fees = [base + s for s in steps]
    rows = []
    prev = 0
    for b, f in zip(bands, fees, strict=True):
        rows.append([f"{prev} kg 초과 {b} kg 이하" if prev else f"{b} kg 이하", _won(f)])
        prev = b
    tb = _tbl(["무게", "운임"], rows, rng)
    k = rng.choice([2, 3])
    ws = [Fr(rng.randint(5, 295), 10) for _ in range(k)]
    def fee(w):
        for b, f in zip(bands, fees, strict=True):
            if w <= b:
                return f
        raise ValueError
    tot = sum(fee(w) for w in ws)
    farm = rng.choice(["과수원", "온라인 의류 매장", "수제 잼 공방", "부품 판매점"])
    lst = ", ".join(f"{_dec(w)} kg" for w in ws)
    text = rng.choice([
        f"{farm}에서 무게가 각각 {lst}인 택배 {k}개를 보내려고 한다. 다음 운임표를 보고 운임의 합계를 {_end(rng)}\n{tb}",
        f"다음은 어느 택배 회사의 무게별 운임표이다.\n{tb}\n{josa(farm, '이/가')} {lst}인 상자를 하나씩 보낼 때 내야 할 운임은 모두 {_end(rng, '얼')}",
    ])
    return Problem(text=text, answer=_won(tot), format="data", difficulty=2, achievement_level="C",
                   concepts=["표", "초과", "이하", "대응"],
                   check=lambda: tot == sum(fees[sum(1 for b in bands if w > b)] for w in ws))


@family(_S23, "linear-fee-rule-fill")
def _linear_fee(rng: random.Random) -> Problem:
    ctx = rng.choice([("퀵서비스 요금", "거리(km)", "km", "요금(원)"), ("화물차 운송비", "거리(km)", "km", "운송비(원)"),
                      ("장비 대여료", "대여 시간(시간)", "시간", "대여료(원)"), ("출장 세차 요금", "차량 수(대)", "대", "요금(원)")])
    what, xh, xu, yh = ctx
    a = rng.choice([3000, 5000, 8000, 10000, 15000])
    b = rng.choice([500, 700, 800, 1200, 1500, 2000, 2500])
    xs = sorted(rng.sample(range(1, 12), 4))
    hid = rng.randrange(1, 4)
    rows = [[str(x), "(    )" if i == hid else num(a + b * x)] for i, x in enumerate(xs)]
    tb = _tbl([xh, yh], rows, rng) if rng.random() < 0.5 else \
        _tbl([xh] + [r[0] for r in rows], [[yh] + [r[1] for r in rows]], rng)
    xq = rng.randint(13, 40)
    sty = pick_style(rng)
    rule_ex = f"$y={b}x+{a}$" if sty == "latex" else f"y = {b}x + {a}"
    xs_ = " " if xu == "km" else ""
    text = (f"다음은 {josa(what, '을/를')} 나타낸 표이다. {josa(xh.split('(')[0], '을/를')} x, {josa(yh.split('(')[0], '을/를')} y라고 할 때\n{tb}\n"
            f"(1) 빈칸에 알맞은 수를 쓰시오.\n(2) x와 y 사이의 대응 관계를 식으로 나타내시오.\n(3) {xq}{xs_}{xu}일 때의 {josa(yh.split('(')[0], '을/를')} {_end(rng)}")
    ans = f"(1) {num(a + b * xs[hid])} (2) {rule_ex} (3) {_won(a + b * xq)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["대응", "표", "일차함수"], check=lambda: (a + b * xs[1]) - (a + b * xs[0]) == b * (xs[1] - xs[0]))


@family(_S23, "cancellation-penalty")
def _penalty(rng: random.Random) -> Problem:
    kind = rng.choice(["웨딩홀 대관", "단체 연수원 예약", "펜션 단체 예약", "행사 장비 대여", "관광버스 대절"])
    rules = [(30, 0), (14, rng.choice([10, 20])), (7, rng.choice([30, 40])), (3, rng.choice([50, 60])), (0, rng.choice([80, 100]))]
    rows = [
        ["30일 전까지", f"{rules[0][1]}%"], ["29일 전 ~ 14일 전", f"{rules[1][1]}%"], ["13일 전 ~ 7일 전", f"{rules[2][1]}%"],
        ["6일 전 ~ 3일 전", f"{rules[3][1]}%"], ["2일 전 ~ 당일", f"{rules[4][1]}%"],
    ]
    tb = _tbl(["취소 시점(이용일 기준)", "위약금(계약금 대비)"], rows, rng)
    dep = rng.randint(10, 200) * 10000
    d = rng.randint(0, 40)
    def rate(d):
        if d >= 30:
            return rules[0][1]
        if d >= 14:
            return rules[1][1]
        if d >= 7:
            return rules[2][1]
        if d >= 3:
            return rules[3][1]
        return rules[4][1]
    pen = Fr(dep * rate(d), 100)
    mode = rng.choice(["penalty", "refund"])
    q = (f"계약금 {_won(dep)}을 낸 고객이 이용일 {d}일 전에 취소하였다. " if d else f"계약금 {_won(dep)}을 낸 고객이 이용 당일에 취소하였다. ")
    if mode == "penalty":
        q += f"위약금은 {_end(rng, '얼')}"
        ans = _won(pen)
    else:
        q += f"돌려받는 금액을 {_end(rng)}"
        ans = _won(dep - pen)
    text = rng.choice([f"다음은 어느 업체의 {kind} 취소 위약금 규정이다.\n{tb}\n{q}",
                       f"{kind} 계약서에 적힌 취소 규정은 다음과 같다.\n{tb}\n{q}",
                       f"고객 상담 직원이 {kind} 취소 문의를 받고 다음 요율표를 확인하였다.\n{tb}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["표", "백분율"], also=[_S22], check=lambda: pen.denominator == 1 and 0 <= pen <= dep)


@family(_S23, "brokerage-fee-cap")
def _broker(rng: random.Random) -> Problem:
    bands = [(50_000_000, Fr(6, 10), 250_000), (200_000_000, Fr(5, 10), 800_000), (900_000_000, Fr(4, 10), None)]
    rows = [["5천만 원 미만", "0.6%", "25만 원"], ["5천만 원 이상 2억 원 미만", "0.5%", "80만 원"], ["2억 원 이상 9억 원 미만", "0.4%", "없음"]]
    tb = _tbl(["거래 금액", "요율", "한도액"], rows, rng)
    price = rng.choice([rng.randint(20, 49) * 1_000_000, rng.randint(50, 199) * 1_000_000, rng.randint(200, 890) * 1_000_000])
    for lim, r, cap in bands:
        if price < lim:
            fee = Fr(price) * r / 100
            if cap is not None:
                fee = min(fee, Fr(cap))
            break
    what = rng.choice(["상가", "사무실", "창고", "공장 부지"])
    text = rng.choice([
        f"다음은 어느 지역의 {what} 매매 중개 수수료 요율표(가상)이다. 수수료는 거래 금액에 요율을 곱하여 구하되, 한도액을 넘을 수 없다.\n{tb}\n"
        f"거래 금액이 {_korean_big(price)} 원일 때 중개 수수료를 {_end(rng)}",
        f"{josa(what, '을/를')} {num(price)}원에 사고팔 때 내는 중개 수수료를 다음 요율표(가상)로 계산하려고 한다. 요율을 곱한 값이 한도액보다 크면 한도액만 낸다. "
        f"중개 수수료는 {_end(rng, '얼')}\n{tb}",
    ])
    return Problem(text=text, answer=_won(fee), format="data", difficulty=3, achievement_level="B",
                   concepts=["표", "백분율", "이상", "미만"], check=lambda: fee.denominator == 1 and fee <= Fr(price) * Fr(6, 1000))


@family(_S23, "insurance-premium-table")
def _insurance(rng: random.Random) -> Problem:
    ages = ["20대", "30대", "40대", "50대"]
    prem = sorted(rng.sample(range(12, 60), 4))
    prem = [p * 1000 for p in prem]
    tb = _tbl(["나이", "월 보험료(1인)"], [[a, _won(p)] for a, p in zip(ages, prem, strict=True)], rng)
    cnt = [rng.randint(0, 8) for _ in ages]
    if sum(cnt) == 0:
        cnt[0] = 3
    share = rng.choice([50, 100])
    months = rng.choice([1, 12])
    tot = sum(p * c for p, c in zip(prem, cnt, strict=True)) * months * share // 100
    staff = ", ".join(f"{a} {c}명" for a, c in zip(ages, cnt, strict=True) if c)
    comp = rng.choice(["인테리어 업체", "물류 회사", "베이커리", "스마트팜 농업 법인"])
    period = "한 달" if months == 1 else "1년"
    who_pays = "전액을" if share == 100 else "절반을"
    text = (f"{josa(comp, '이/가')} 직원 단체 상해 보험에 가입하려고 한다. 나이별 보험료는 다음과 같고 직원은 {staff}이다.\n{tb}\n"
            f"회사가 보험료의 {who_pays} 부담한다면 회사가 {period} 동안 내는 보험료는 {_end(rng, '얼')}")
    return Problem(text=text, answer=_won(tot), format="data", difficulty=3, achievement_level="C",
                   concepts=["표", "곱셈"], check=lambda: tot * 100 == sum(p * c for p, c in zip(prem, cnt, strict=True)) * months * share)


@family(_S23, "parking-fee-rule")
def _parking(rng: random.Random) -> Problem:
    free = rng.choice([0, 30, 60])
    unit = rng.choice([10, 15, 30])
    fee_u = rng.choice([500, 600, 1000, 1500])
    mins = rng.randint(free // unit + 2, 20) * unit
    def fee(t):
        if t <= free:
            return 0
        return -(-(t - free) // unit) * fee_u
    # a table of examples, then ask
    samples = sorted(set([free + unit * i for i in (1, 2, 3)]))
    rows = [[f"{t}분", _won(fee(t))] for t in samples]
    tb = _tbl(["주차 시간", "요금"], rows, rng)
    ask = mins + rng.choice([0, rng.randint(1, unit - 1)])
    h, mi = divmod(ask, 60)
    ask_txt = f"{h}시간 {mi}분" if h and mi else (f"{h}시간" if h else f"{mi}분")
    rule = (f"처음 {free}분은 무료이고, 그 후 {unit}분마다 {_won(fee_u)}" if free else f"{unit}분마다 {_won(fee_u)}")
    mode = rng.choice(["given_rule", "find_rule"])
    if mode == "given_rule":
        text = (f"어느 상가 주차장의 요금은 {rule}이다. ({unit}분이 안 되는 시간도 {unit}분으로 계산한다.) {ask_txt} 동안 주차했을 때의 요금을 {_end(rng)}")
        fmt = "word"
    else:
        text = (f"다음은 어느 주차장의 주차 시간에 따른 요금을 나타낸 표의 일부이다. {unit}분이 안 되는 시간은 {unit}분으로 계산한다.\n{tb}\n"
                f"주차 시간과 요금 사이의 규칙을 찾아 {ask_txt} 동안 주차했을 때의 요금을 {_end(rng)}")
        if free:
            text += f" (처음 {free}분까지는 무료이다.)"
        fmt = "data"
    return Problem(text=text, answer=_won(fee(ask)), format=fmt, difficulty=3, achievement_level="C",
                   concepts=["대응", "표", "올림"], check=lambda: fee(ask) == _m.ceil(max(ask - free, 0) / unit) * fee_u)


@family(_S23, "table-rule-mcq")
def _rule_mcq(rng: random.Random) -> Problem:
    a = rng.choice([1000, 2000, 3000, 5000])
    b = rng.choice([400, 600, 1200, 1500, 2500])
    xs = [1, 2, 3, 4, 5]
    ctx = rng.choice([("주문 수량(개)", "결제 금액(원)"), ("작업 시간(시간)", "인건비(원)"), ("배송 거리(km)", "배송비(원)"),
                      ("염색 횟수(회)", "요금(원)")])
    tb = _tbl([ctx[0]] + [str(x) for x in xs], [[ctx[1]] + [num(a + b * x) for x in xs]], rng)
    sty = pick_style(rng)
    def E(s):
        return f"${s}$" if sty == "latex" else s
    correct = E(f"y={b}x+{a}") if a else E(f"y={b}x")
    bad = [E(f"y={b + a}x"), E(f"y={a}x+{b}") if a else E(f"y=x+{b}"), E(f"y={b}x-{a}") if a else E(f"y={b}x+{b}"),
           E(f"y={a + b}x+{a}") if a else E(f"y={2 * b}x"), E(f"y=x+{a + b}"), E(f"y={b}x+{a + b}")]
    ch = choices(rng, correct, bad)
    text = (f"다음 표에서 {josa(ctx[0].split('(')[0], '을/를')} x, {josa(ctx[1].split('(')[0], '을/를')} y라고 할 때, x와 y 사이의 대응 관계를 나타낸 식으로 옳은 것은?\n{tb}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=2, achievement_level="C",
                   concepts=["대응", "표"], check=lambda: all(a + b * x - (a + b * (x - 1)) == b for x in xs[1:]))


@family(_S23, "late-fee-explain")
def _late(rng: random.Random) -> Problem:
    per = rng.choice([100, 200, 300, 500])
    grace = rng.choice([0, 3, 5])
    cap = per * rng.choice([20, 30])
    what = rng.choice(["공구 대여점", "촬영 장비 대여점", "사무기기 렌털 회사", "캠핑 장비 대여점"])
    item_price = rng.randint(1, 5) * 10000
    ds = sorted(rng.sample(range(1, 45), 3))
    def fee(d):
        return min(max(d - grace, 0) * per * (item_price // 10000), cap * (item_price // 10000))
    rows = [[f"{d}일", _won(fee(d))] for d in ds]
    tb = _tbl(["연체 일수", "연체료"], rows, rng)
    g = f"반납 예정일로부터 {grace}일까지는 연체료가 없고, 그 이후" if grace else "반납 예정일 다음 날부터"
    text = (f"{what}의 연체료 규정은 다음과 같다.\n'{g} 하루에 대여료 1만 원당 {_won(per)}씩 연체료를 받으며, 연체료는 대여료 1만 원당 {_won(cap)}을 넘지 않는다.'\n"
            f"대여료가 {_won(item_price)}인 장비의 연체 일수에 따른 연체료를 정리한 다음 표가 규정에 맞는지 확인하고, 틀린 곳이 있으면 바르게 고쳐 {_end(rng, '쓰')}\n")
    # introduce one error with probability
    wrong_i = rng.randrange(3) if rng.random() < 0.7 else None
    shown = [fee(d) for d in ds]
    if wrong_i is not None:
        shown[wrong_i] = fee(ds[wrong_i]) + rng.choice([per, -per, per * (item_price // 10000)]) if fee(ds[wrong_i]) >= per * 2 else fee(ds[wrong_i]) + per
    rows = [[f"{d}일", _won(s)] for d, s in zip(ds, shown, strict=True)]
    tb = _tbl(["연체 일수", "연체료"], rows, rng)
    errs = [f"{d}일: {_won(fee(d))}" for d, s in zip(ds, shown, strict=True) if s != fee(d)]
    ans = "틀린 곳 없음" if not errs else "바르게 고치면 " + ", ".join(errs)
    return Problem(text=text + tb, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["표", "대응"], check=lambda: (wrong_i is None) == (not errs))


# =================================================================================================
# 12직수02-04 증가·감소·주기적 변화를 나타내는 그래프의 해석과 예측
# =================================================================================================
_SERIES = [("월별 매출액", "만 원", "월"), ("월별 택배 물동량", "상자", "월"), ("월별 판매량", "개", "월"),
           ("월별 방문 고객 수", "명", "월")]


def _graph_intro(rng: random.Random, what: str, unit: str) -> str:
    return rng.choice([
        f"다음은 어느 회사의 {josa(what, '을/를')} 꺾은선그래프로 나타낸 것이다. (그래프에서 읽은 값, 단위: {unit})",
        f"다음 꺾은선그래프는 어느 매장의 {josa(what, '을/를')} 나타낸다. 그래프의 각 점이 나타내는 값은 아래와 같다. (단위: {unit})",
        f"{what} 그래프의 점들을 읽어 표로 옮기면 다음과 같다. (단위: {unit})",
    ])


@family(_S24, "largest-change-month")
def _largest_change(rng: random.Random) -> Problem:
    what, unit, _ = rng.choice(_SERIES)
    n = rng.choice([6, 7, 8])
    m0 = rng.randint(1, 13 - n)
    months = [f"{m0 + i}월" for i in range(n)]
    while True:
        vals = [rng.randint(30, 90) * 10]
        for _ in range(n - 1):
            vals.append(max(50, vals[-1] + rng.randint(-15, 18) * 10))
        diffs = [vals[i + 1] - vals[i] for i in range(n - 1)]
        if len(set(diffs)) == len(diffs) and max(diffs) > 0 and min(diffs) < 0:
            break
    tb = _tbl(["월"] + months, [[what.replace("월별 ", "")] + [num(v) for v in vals]], rng)
    kind = rng.choice(["inc", "dec"])
    if kind == "inc":
        i = max(range(n - 1), key=lambda t: diffs[t])
        q = f"전월에 비해 가장 많이 증가한 달과 그 증가량을 {_end(rng)}"
        ans = f"{months[i + 1]}, {num(diffs[i])}{unit}"
    else:
        i = min(range(n - 1), key=lambda t: diffs[t])
        q = f"전월에 비해 가장 많이 감소한 달과 그 감소량을 {_end(rng)}"
        ans = f"{months[i + 1]}, {num(-diffs[i])}{unit}"
    return Problem(text=f"{_graph_intro(rng, what, unit)}\n{tb}\n{q}", answer=ans, format="data", difficulty=2,
                   achievement_level="D", concepts=["꺾은선그래프", "증가", "감소"],
                   check=lambda: diffs[i] == vals[i + 1] - vals[i])


@family(_S24, "quarterly-seasonal-forecast")
def _seasonal(rng: random.Random) -> Problem:
    item = rng.choice([("빙수 재료", "여름(3분기)"), ("전기난로", "겨울(4분기)"), ("선크림", "여름(3분기)"), ("딸기 모종", "봄(1분기)")])
    peak = {"여름(3분기)": 2, "겨울(4분기)": 3, "봄(1분기)": 0}[item[1]]
    base = [rng.randint(20, 40) * 10 for _ in range(4)]
    base[peak] = rng.randint(90, 140) * 10
    g = rng.choice([10, 20, 30, 40, 50])
    years = [2022, 2023, 2024]
    data = [[b + g * y for b in base] for y in range(3)]
    tb = _tbl(["연도", "1분기", "2분기", "3분기", "4분기"], [[f"{yr}년"] + [num(v) for v in row] for yr, row in zip(years, data, strict=True)], rng)
    q_ask = rng.randrange(4)
    pred = base[q_ask] + g * 3
    text = (f"다음은 어느 도매상의 {item[0]} 분기별 판매량(단위: 상자)을 그래프에서 읽어 정리한 것이다.\n{tb}\n"
            f"(1) 판매량이 해마다 가장 많은 분기를 쓰고, 그래프가 어떤 모양으로 반복되는지 설명하시오.\n"
            f"(2) 같은 분기끼리 비교하면 판매량이 매년 일정하게 늘고 있다. 이 경향이 이어진다고 할 때 2025년 {q_ask + 1}분기의 판매량을 예측하시오.")
    ans = f"(1) {peak + 1}분기; 1년(4분기)을 주기로 같은 모양이 반복되며 {peak + 1}분기에 가장 높다. (2) {num(pred)}상자"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["주기", "증가", "표"], check=lambda: all(data[y][q_ask] - data[y - 1][q_ask] == g for y in (1, 2)))


@family(_S24, "linear-trend-forecast")
def _trend(rng: random.Random) -> Problem:
    what = rng.choice([("수출액", "억 달러"), ("온라인 주문 건수", "만 건"), ("전기차 충전기 판매량", "천 대"), ("스마트팜 농가 수", "가구")])
    y0 = rng.randint(2016, 2019)
    n = 5
    a = rng.randint(20, 200)
    d = rng.choice([-1, 1]) * rng.randint(3, 25)
    if a + d * (n + 2) <= 0:
        d = abs(d)
    vals = [a + d * i for i in range(n)]
    ys = [y0 + i for i in range(n)]
    ahead = rng.choice([1, 2, 3])
    pred = a + d * (n - 1 + ahead)
    tb = _tbl(["연도"] + [str(y) for y in ys], [[f"{what[0]}({what[1]})"] + [num(v) for v in vals]], rng)
    text = rng.choice([
        f"다음은 어느 기업의 연도별 {josa(what[0], '을/를')} 나타낸 꺾은선그래프의 값이다.\n{tb}\n그래프의 변화 경향이 그대로 이어진다고 할 때, "
        f"{ys[-1] + ahead}년의 {josa(what[0], '을/를')} 예측하여 {_end(rng)}",
        f"{what[0]}의 변화를 나타낸 그래프를 보면 해마다 일정하게 {'증가' if d > 0 else '감소'}하고 있다.\n{tb}\n이 추세가 유지된다면 "
        f"{ys[-1] + ahead}년에는 얼마가 될지 예측하시오.",
    ])
    return Problem(text=text, answer=f"{num(pred)} {what[1]}" if what[1] != "가구" else f"{num(pred)}가구", format="data",
                   difficulty=2, achievement_level="C", concepts=["증가", "감소", "꺾은선그래프"],
                   check=lambda: pred == vals[-1] + (vals[1] - vals[0]) * ahead)


@family(_S24, "graph-statements-bogi")
def _graph_bogi(rng: random.Random) -> Problem:
    months = [f"{i}월" for i in range(1, 7)]
    while True:
        vals = [rng.randint(10, 40) * 10 for _ in range(6)]
        diffs = [vals[i + 1] - vals[i] for i in range(5)]
        if len(set(vals)) == 6 and 0 not in diffs and len({abs(x) for x in diffs}) == 5:
            break
    what = rng.choice(["카페 원두 소비량(kg)", "미용실 예약 건수(건)", "물류 센터 출고량(상자)", "농산물 출하량(상자)"])
    tb = _tbl(["월"] + months, [[what] + [str(v) for v in vals]], rng)
    mx = max(range(6), key=lambda t: vals[t])
    mn = min(range(6), key=lambda t: vals[t])
    inc = [i for i in range(5) if diffs[i] > 0]
    big = max(range(5), key=lambda t: abs(diffs[t]))
    stmts = [
        (f"값이 가장 큰 달은 {months[mx]}이다.", True),
        (f"값이 가장 큰 달은 {months[(mx + 1) % 6]}이다.", False),
        (f"값이 가장 작은 달은 {months[mn]}이다.", True),
        (f"값이 가장 작은 달은 {months[(mn + 2) % 6]}이다.", False),
        (f"전월보다 증가한 달은 모두 {len(inc)}개이다.", True),
        (f"전월보다 증가한 달은 모두 {len(inc) + 1}개이다.", False),
        (f"전월에 대한 변화량이 가장 큰 달은 {months[big + 1]}이다.", True),
        (f"1월부터 6월까지 값이 계속 {'증가' if vals[5] > vals[0] else '감소'}하였다.", all(d > 0 for d in diffs) or all(d < 0 for d in diffs)),
    ]
    good = [s for s, t in stmts if t]
    bad = [s for s, t in stmts if not t]
    k = rng.choice([1, 2, 2, 3])
    k = min(k, len(good))
    picked = [(s, True) for s in rng.sample(good, k)] + [(s, False) for s in rng.sample(bad, 3 - k)]
    rng.shuffle(picked)
    labs = ("ㄱ", "ㄴ", "ㄷ")
    sets = ("ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ")
    correct = ", ".join(lab for lab, (_, ok) in zip(labs, picked, strict=True) if ok)
    ch = choices(rng, correct, [x for x in sets if x != correct], sort_key=sets.index)
    block = "\n".join(["<보기>"] + [f"{lab}. {t}" for lab, (t, _) in zip(labs, picked, strict=True)])
    text = (f"다음은 어느 사업장의 상반기 {josa(what.split('(')[0], '을/를')} 나타낸 꺾은선그래프의 값이다.\n{tb}\n"
            f"이 그래프에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은?\n{block}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=3, achievement_level="C",
                   concepts=["꺾은선그래프", "증가", "감소"], check=lambda: bool(correct))


_SHAPES = [
    ("매달 같은 양만큼 판매량이 늘었다.", "오른쪽 위로 올라가는 직선 모양"),
    ("매달 같은 양만큼 재고가 줄었다.", "오른쪽 아래로 내려가는 직선 모양"),
    ("판매량이 처음에는 천천히 늘다가 점점 빠르게 늘었다.", "기울기가 점점 가팔라지며 올라가는 곡선 모양"),
    ("매출이 처음에는 빠르게 늘다가 점점 늘어나는 양이 줄어들었다.", "처음에 가파르게 오르다 점점 완만해지는 곡선 모양"),
    ("관광객 수가 해마다 여름에 가장 많고 겨울에 가장 적은 일이 반복되었다.", "오르내림이 일정한 간격으로 되풀이되는 모양"),
    ("생산량이 몇 달 동안 변하지 않았다.", "가로축과 평행한 수평선 모양"),
]


@family(_S24, "situation-to-graph-shape-mcq")
def _shape(rng: random.Random) -> Problem:
    sit, shp = rng.choice(_SHAPES)
    others = [s for _, s in _SHAPES if s != shp]
    ch = choices(rng, shp, rng.sample(others, 4))
    ctx = rng.choice(["어느 회사의 월별 자료를", "어느 매장의 기간별 자료를", "어느 농장의 자료를"])
    text = (f"{ctx} 시간에 따라 꺾은선그래프로 나타내려고 한다. 다음 상황을 나타낸 그래프의 모양으로 가장 알맞은 것은?\n상황: {sit}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=2, achievement_level="D",
                   concepts=["그래프", "증가", "감소", "주기"], check=lambda: dict((b, a) for a, b in _SHAPES)[ch.options[ch.correct]] == sit)


@family(_S24, "export-import-gap")
def _trade(rng: random.Random) -> Problem:
    ys = [2019 + i for i in range(5)]
    while True:
        ex = [rng.randint(40, 90) * 10 for _ in ys]
        im = [rng.randint(40, 90) * 10 for _ in ys]
        gaps = [e - i for e, i in zip(ex, im, strict=True)]
        if len(set(gaps)) == 5 and any(g < 0 for g in gaps) and any(g > 0 for g in gaps):
            break
    prod = rng.choice(["반도체 부품", "농산물", "화장품", "자동차 부품"])
    tb = _tbl(["연도"] + [str(y) for y in ys], [["수출액"] + [num(v) for v in ex], ["수입액"] + [num(v) for v in im]], rng)
    mode = rng.choice(["max_gap", "deficit_years"])
    if mode == "max_gap":
        i = max(range(5), key=lambda t: gaps[t])
        q = f"(수출액) − (수입액)이 가장 큰 해와 그 값을 {_end(rng)}"
        ans = f"{ys[i]}년, {num(gaps[i])}억 원"
    else:
        yrs = [str(y) for y, g in zip(ys, gaps, strict=True) if g < 0]
        q = f"두 그래프에서 수입액 그래프가 수출액 그래프보다 위에 있는 해를 모두 {_end(rng, '쓰')}"
        ans = ", ".join(f"{y}년" for y in yrs)
    text = (f"다음은 어느 지역의 {prod} 연도별 수출액과 수입액을 두 개의 꺾은선그래프로 나타낸 것의 값이다. (단위: 억 원)\n{tb}\n{q}")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["꺾은선그래프", "표"], check=lambda: len(gaps) == 5)


@family(_S24, "periodic-cycle-predict")
def _cycle(rng: random.Random) -> Problem:
    period = rng.choice([4, 5, 6])
    pattern = [rng.randint(2, 9) * 10 for _ in range(period)]
    while len(set(pattern)) < 3:
        pattern = [rng.randint(2, 9) * 10 for _ in range(period)]
    n_show = period * 2 + rng.randint(0, period - 1)
    times = list(range(1, n_show + 1))
    vals = [pattern[(t - 1) % period] for t in times]
    ask = rng.randint(n_show + 3, n_show + 40)
    pred = pattern[(ask - 1) % period]
    machine = rng.choice(["포장 기계의 온도(°C)", "세척기의 수위(cm)", "자동 창고 로봇의 배터리 잔량(%)"])
    tb = _tbl(["측정 순서"] + [str(t) for t in times], [[machine] + [str(v) for v in vals]], rng)
    text = (f"다음은 일정한 작업을 반복하는 기계에서 일정한 시간 간격으로 측정한 {josa(machine.split('(')[0], '을/를')} 그래프에서 읽은 값이다.\n{tb}\n"
            f"이 그래프는 일정한 주기로 같은 모양이 반복된다. 주기(측정 횟수)를 구하고, {ask}번째 측정값을 예측하시오.")
    ans = f"주기 {period}, {ask}번째 측정값 {pred}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["주기", "그래프"], check=lambda: vals[period:] == vals[:-period] and pred == pattern[(ask - 1) % period])


@family(_S24, "change-rate-between-points")
def _rate_graph(rng: random.Random) -> Problem:
    qs = ["1분기", "2분기", "3분기", "4분기"]
    vals = [rng.randint(20, 80) * 50 for _ in qs]
    i, j = sorted(rng.sample(range(4), 2))
    while vals[i] == vals[j]:
        vals[j] += 50
    rate = Fr(vals[j] - vals[i], vals[i]) * 100
    prod = rng.choice(["택배 상자", "수제 맥주", "LED 조명", "반려동물 사료"])
    tb = _tbl(["분기"] + qs, [["판매량(개)"] + [num(v) for v in vals]], rng)
    text = (f"다음은 {prod} 분기별 판매량 그래프의 값을 정리한 것이다.\n{tb}\n{qs[i]}에 대한 {qs[j]}의 판매량 증감률은 몇 %인지 반올림하여 소수 첫째 자리까지 "
            f"{_end(rng)} (증가이면 +, 감소이면 −를 붙이시오.)")
    sign = "+" if rate > 0 else "−"
    ans = f"{sign}{_r(abs(rate), 1)}%"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["백분율", "증가", "감소"], also=[_S22],
                   check=lambda: abs(abs(float(rate)) - abs(vals[j] / vals[i] - 1) * 100) < 1e-9)


# =================================================================================================
# 12직수02-05 일차방정식·일차부등식의 직무 활용 (요금제 비교, 손익분기, 예산, 배합)
# =================================================================================================
def _x(sty: str, s: str) -> str:
    return f"${s}$" if sty == "latex" else s


@family(_S25, "two-plan-crossover")
def _plans(rng: random.Random) -> Problem:
    ctx = rng.choice([("복사기 렌털", "장", "월 기본료", "1장당"), ("화물 운송 계약", "km", "기본 요금", "1 km당"),
                      ("클라우드 저장 공간", "GB", "월 기본료", "1 GB당"), ("공유 주방 이용", "시간", "월 회비", "1시간당")])
    what, u, basew, perw = ctx
    while True:
        a1 = rng.randint(1, 10) * 5000
        a2 = a1 + rng.randint(2, 20) * 5000
        b1 = rng.choice([20, 30, 40, 50, 100, 200, 500, 1000])
        b2 = rng.choice([v for v in (10, 15, 20, 25, 40, 80, 300, 600) if v < b1])
        x0 = Fr(a2 - a1, b1 - b2)  # equal cost
        if 5 < x0 < 5000:
            break
    n = _m.floor(x0) + 1  # smallest integer with plan B strictly cheaper
    sp = "" if u in ("장", "시간") else " "
    text = rng.choice([
        f"{what} 요금제가 두 가지 있다.\nA 요금제: {basew} {_won(a1)}, {perw} {_won(b1)}\nB 요금제: {basew} {_won(a2)}, {perw} {_won(b2)}\n"
        f"한 달 사용량이 적어도 몇 {u}이어야 B 요금제가 A 요금제보다 저렴한지 일차부등식을 세워 {_end(rng)} (사용량은 자연수)",
        f"어느 회사가 {what} 업체를 고르고 있다. A 업체는 {basew} {_won(a1)}에 {perw} {_won(b1)}을, B 업체는 {basew} {_won(a2)}에 {perw} {_won(b2)}을 받는다. "
        f"사용량을 {josa('x' + sp + u, '이라/라')} 할 때, B 업체를 선택하는 것이 더 유리하려면 x는 최소 얼마여야 하는지 {_end(rng)} (x는 자연수)",
    ])
    return Problem(also=["9수02-12"], text=text, answer=f"{n}{sp}{u}", format="word", difficulty=3, achievement_level="B",
                   concepts=["일차부등식", "부등식"],
                   check=lambda: a2 + b2 * n < a1 + b1 * n and not a2 + b2 * (n - 1) < a1 + b1 * (n - 1))


@family(_S25, "break-even-quantity")
def _breakeven(rng: random.Random) -> Problem:
    ctx = rng.choice([("푸드 트럭", "음식", "그릇"), ("공방", "머그컵", "개"), ("스마트팜", "샐러드 채소", "봉지"), ("카페", "음료", "잔"),
                      ("인쇄소", "명함 세트", "세트")])
    place, prod, cu = ctx
    fixed = rng.randint(10, 200) * 10000
    var = rng.randint(5, 60) * 100
    price = var + rng.randint(5, 60) * 100
    m = price - var
    n = fixed // m + 1  # profit > 0
    goal = rng.choice([0, 0, rng.randint(10, 100) * 10000])
    if goal:
        n = (fixed + goal) // m + 1 if (fixed + goal) % m else (fixed + goal) // m
    sty = pick_style(rng)
    if goal:
        q = f"한 달 이익이 {_won(goal)} 이상이 되려면 {josa(prod, '을/를')} 적어도 몇 {cu} 팔아야 하는지 {_end(rng)}"
    else:
        q = f"이익이 생기려면(손해를 보지 않고 이익이 0원보다 크려면) {josa(prod, '을/를')} 한 달에 적어도 몇 {cu} 팔아야 하는지 {_end(rng)}"
    text = (f"{place}를 운영하는 데 한 달 고정비(임대료, 인건비 등)가 {_won(fixed)} 든다. {prod} 1{cu}의 재료비는 {_won(var)}이고 판매 가격은 "
            f"{_won(price)}이다. 판매량을 {josa(_x(sty, 'x') + cu, '이라/라')} 할 때, {q}")
    text = text.replace(f"{place}를", josa(place, "을/를"))
    return Problem(also=["9수02-12"], text=text, answer=f"{n}{cu}", format="word", difficulty=3, achievement_level="B",
                   concepts=["일차부등식", "부등식"],
                   check=lambda: (m * n - fixed >= goal if goal else m * n > fixed) and not ((m * (n - 1) - fixed >= goal) if goal else m * (n - 1) > fixed))


@family(_S25, "budget-max-items")
def _maxitems(rng: random.Random) -> Problem:
    ctx = rng.choice([("행사용 의자", "개", "배송비"), ("묘목", "그루", "운반비"), ("작업복", "벌", "인쇄 제판비"), ("타일", "상자", "배송비"),
                      ("헤어 제품", "개", "배송비")])
    item, cu, extra = ctx
    c = rng.randint(3, 90) * 500
    f = rng.randint(2, 20) * 5000
    budget = f + c * rng.randint(8, 80) + rng.randint(0, c - 1)
    budget = budget // 1000 * 1000
    n = (budget - f) // c
    sty = pick_style(rng)
    ineq = _x(sty, f"{f} + {c}x {op('≤', sty)} {budget}")
    mode = rng.choice(["ask", "fill"])
    if mode == "ask":
        text = (f"예산 {_won(budget)}으로 1{cu}에 {_won(c)}인 {josa(item, '을/를')} 사려고 한다. {extra} {_won(f)}이 따로 들 때, 최대 몇 {cu}까지 살 수 있는지 "
                f"일차부등식을 이용하여 {_end(rng)}")
        fmt = "word"
    else:
        text = (f"{extra} {_won(f)}을 포함하여 {_won(budget)} 이내에서 1{cu}에 {_won(c)}인 {josa(item, '을/를')} x{cu} 사려고 한다.\n"
                f"다음 부등식을 풀어 x의 최댓값을 □ 안에 써넣으시오.\n{ineq}\n→ x의 최댓값: □")
        fmt = "fill"
    return Problem(also=["9수02-12"], text=text, answer=f"{n}{cu}" if mode == "ask" else str(n), format=fmt, difficulty=2, achievement_level="C",
                   concepts=["일차부등식", "부등식"], check=lambda: f + c * n <= budget < f + c * (n + 1))


@family(_S25, "blend-two-grades")
def _blend(rng: random.Random) -> Problem:
    ctx = rng.choice([("원두", "kg", "카페"), ("견과류 믹스", "kg", "식품 공장"), ("허브 찻잎", "kg", "찻집"), ("고급 원두", "kg", "로스터리")])
    item, u, place = ctx
    while True:
        pa = rng.randint(10, 60) * 1000
        pb = pa + rng.randint(2, 30) * 1000
        total = rng.choice([10, 12, 15, 20, 25, 30, 40, 50])
        xa = rng.randint(1, total - 1)
        mix = Fr(pa * xa + pb * (total - xa), total)
        if mix.denominator == 1:
            break
    text = rng.choice([
        f"{place}에서 1 {u}에 {_won(pa)}인 A {josa(item, '과/와')} 1 {u}에 {_won(pb)}인 B {josa(item, '을/를')} 섞어 1 {u}에 {_won(mix)}인 {item} {josa(f'{total} {u}', '을/를')} 만들려고 한다. "
        f"A {josa(item, '은/는')} 몇 {u} 섞어야 하는지 일차방정식을 세워 {_end(rng)}",
        f"1 {u}당 가격이 {_won(pa)}, {_won(pb)}인 두 종류의 {josa(item, '을/를')} 섞어서 1 {u}당 {_won(mix)}짜리 혼합 {item} {josa(f'{total} {u}', '을/를')} 만든다. 값이 싼 {josa(item, '은/는')} 몇 {u} 필요한가?",
    ])
    return Problem(also=["9수02-04"], text=text, answer=f"{xa} {u}", format="word", difficulty=4, achievement_level="B",
                   concepts=["일차방정식", "방정식"], check=lambda: pa * xa + pb * (total - xa) == mix * total)


@family(_S25, "membership-worth-it")
def _member(rng: random.Random) -> Problem:
    fee = rng.choice([20000, 30000, 50000, 60000, 100000])
    r = rng.choice([5, 8, 10, 15, 20])
    x0 = Fr(fee * 100, r)
    store = rng.choice(["식자재 도매점", "미용 재료 도매상", "건축 자재 마트", "사무용품 쇼핑몰"])
    mode = rng.choice(["min", "compare"])
    if mode == "min":
        text = (f"{josa(store, '은/는')} 연회비 {_won(fee)}을 내는 회원에게 모든 상품을 {r}% 할인해 준다. 1년 동안 구입하는 상품의 정가 합계가 "
                f"몇 원보다 많아야 회원으로 가입하는 것이 유리한지 일차부등식을 세워 {_end(rng)}")
        ans = f"{_won(x0)}보다 많아야 한다"
        ok = x0 * r / 100 == fee
    else:
        spend = int(x0) + rng.choice([-1, 1]) * rng.randint(1, 10) * (fee // 10)
        better = "가입하는 것이 유리" if spend * r / 100 > fee else "가입하지 않는 것이 유리"
        text = (f"{josa(store, '은/는')} 연회비 {_won(fee)}을 내면 구입 금액의 {r}%를 할인해 준다. 어느 사업장이 1년 동안 이곳에서 정가로 {_won(spend)}어치를 "
                f"살 예정일 때, 회원 가입이 유리한지 판단하고 그 근거를 {_end(rng, '쓰')}")
        ans = f"{better} (할인액 {_won(Fr(spend * r, 100))}, 연회비 {_won(fee)})"
        ok = (Fr(spend * r, 100) > fee) == (better == "가입하는 것이 유리")
    return Problem(text=text, answer=ans, format="word" if mode == "min" else "proof", difficulty=3, achievement_level="B",
                   concepts=["일차부등식", "백분율"], also=[_S22, "9수02-12"], check=lambda: ok)


@family(_S25, "work-rate-together")
def _work(rng: random.Random) -> Problem:
    ctx = rng.choice([("도배 작업", "도배사"), ("창고 재고 정리", "직원"), ("과수원 수확", "일꾼"), ("택배 분류", "직원")])
    job, person = ctx
    while True:
        a, b = rng.sample([2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20], 2)
        t = Fr(a * b, a + b)
        if t.denominator == 1:
            break
    who = rng.sample(["A", "B", "갑", "을"], 2) if rng.random() < 0.3 else ["A", "B"]
    unit = rng.choice(["일", "시간"])
    sty = pick_style(rng)
    eq = _x(sty, f"\\frac{{x}}{{{a}}}+\\frac{{x}}{{{b}}}=1") if sty == "latex" else f"x/{a} + x/{b} = 1"
    text = rng.choice([
        f"{job}을 {person} {who[0]} 혼자 하면 {a}{unit}, {who[1]} 혼자 하면 {b}{unit}이 걸린다. 두 사람이 함께 하면 몇 {unit}이 걸리는지 일차방정식을 세워 {_end(rng)}",
        f"{job}에 대하여 {josa(who[0], '은/는')} {a}{unit}, {josa(who[1], '은/는')} {b}{unit} 만에 혼자 끝낼 수 있다. 둘이 함께 일할 때 걸리는 시간을 x{unit}이라 하면\n{eq}\n"
        f"이 방정식을 풀어 x의 값을 {_end(rng)}",
    ]).replace(f"{job}을", josa(job, "을/를"))
    return Problem(also=["9수02-04"], text=text, answer=f"{t}{unit}", format="word", difficulty=3, achievement_level="B",
                   concepts=["일차방정식", "방정식"], check=lambda: t / a + t / b == 1)


@family(_S25, "equation-model-mcq")
def _model_mcq(rng: random.Random) -> Problem:
    up = rng.choice([20, 25, 30, 40, 50])
    dc = rng.choice([1000, 1500, 2000, 3000])
    pr = rng.choice([500, 1000, 1500, 2000])
    item = rng.choice(["도자기 컵", "꽃다발", "가죽 키링", "수제 양초"])
    sty = pick_style(rng)
    k = Fr(100 + up, 100)
    kk = _r(k, 2)
    correct = _x(sty, f"{kk}x-{dc}-x={pr}")
    bad = [_x(sty, f"{kk}x-{dc}={pr}"), _x(sty, f"{kk}x+{dc}-x={pr}"), _x(sty, f"{_r(Fr(up, 100), 2)}x-{dc}={pr}"),
           _x(sty, f"{kk}(x-{dc})-x={pr}"), _x(sty, f"x-{dc}-{kk}x={pr}")]
    ch = choices(rng, correct, bad)
    text = (f"원가가 x원인 {item}에 원가의 {up}% 이익을 붙여 정가를 정하고, 정가에서 {num(dc)}원을 할인하여 팔았더니 1개당 {num(pr)}원의 이익이 생겼다. "
            f"x에 대한 일차방정식으로 옳은 것은?\n{ch.block}")
    x = (dc + pr) / (k - 1)
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=3, achievement_level="C",
                   concepts=["일차방정식", "방정식"], also=[_S22, "9수02-04"], check=lambda: k * x - dc - x == pr)


@family(_S25, "salary-plan-choice")
def _salary(rng: random.Random) -> Problem:
    b1 = rng.randint(200, 260) * 10000
    b2 = b1 - rng.randint(20, 80) * 10000
    c1 = rng.choice([5000, 10000, 15000])
    c2 = c1 + rng.choice([10000, 20000, 25000, 30000])
    x0 = Fr(b1 - b2, c2 - c1)
    n = _m.floor(x0) + 1
    job = rng.choice(["보험 영업", "자동차 판매", "인테리어 상담", "가전제품 판매"])
    text = (f"{job} 직원의 월급 조건이 두 가지 있다.\n조건 A: 기본급 {num(b1 // 10000)}만 원 + 계약 1건당 {num(c1)}원\n"
            f"조건 B: 기본급 {num(b2 // 10000)}만 원 + 계약 1건당 {num(c2)}원\n한 달 계약 건수가 몇 건 이상일 때 조건 B의 월급이 조건 A보다 많아지는지 {_end(rng)}")
    return Problem(also=["9수02-12"], text=text, answer=f"{n}건", format="word", difficulty=3, achievement_level="B",
                   concepts=["일차부등식", "부등식"], check=lambda: b2 + c2 * n > b1 + c1 * n and not b2 + c2 * (n - 1) > b1 + c1 * (n - 1))


# =================================================================================================
# 12직수03-01 입체도형의 겨냥도와 전개도 (포장 상자, 캔 라벨, 고깔)
# =================================================================================================
_S31, _S32, _S33, _S34, _S35 = "12직수03-01", "12직수03-02", "12직수03-03", "12직수03-04", "12직수03-05"
_POLY = {3: "삼각", 4: "사각", 5: "오각", 6: "육각", 8: "팔각"}


@family(_S31, "prism-pyramid-counts")
def _counts(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 5, 6, 8])
    kind = rng.choice(["기둥", "뿔"])
    solid = f"{_POLY[n]}{kind}"
    if kind == "기둥":
        F_, E_, V_ = n + 2, 3 * n, 2 * n
        prod = rng.choice(["선물 상자", "과자 포장 상자", "향초 케이스", "조명 갓"])
    else:
        F_, E_, V_ = n + 1, 2 * n, n + 1
        prod = rng.choice(["초콜릿 포장 상자", "텐트 모형", "장식용 오브제", "디퓨저 용기"])
    what = rng.choice(["면", "모서리", "꼭짓점", "all"])
    if what == "all":
        q = f"이 입체도형의 면, 모서리, 꼭짓점의 수를 각각 {_end(rng)}"
        ans = f"면 {F_}개, 모서리 {E_}개, 꼭짓점 {V_}개"
        fmt = "computation"
    else:
        val = {"면": F_, "모서리": E_, "꼭짓점": V_}[what]
        q = rng.choice([f"이 입체도형의 {josa(what, '은/는')} 몇 개입니까?", f"이 입체도형의 {what}의 수를 {_end(rng)}"])
        ans = f"{val}개"
        fmt = "word"
    text = rng.choice([
        f"디자인 팀이 {solid} 모양의 {josa(prod, '을/를')} 만들기 위해 전개도를 그렸다. {q}",
        f"{solid} 모양 {prod}의 겨냥도를 그리려고 한다. {q}",
    ])
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="D",
                   concepts=["각기둥" if kind == "기둥" else "각뿔", "면", "모서리", "꼭짓점", "전개도", "겨냥도"],
                   check=lambda: V_ - E_ + F_ == 2)


@family(_S31, "box-net-sheet-size")
def _sheet(rng: random.Random) -> Problem:
    a, b, c = sorted(rng.sample(range(8, 41), 3), reverse=True)
    a, b, c = a, b, c  # 가로, 세로, 높이
    w = 2 * a + 2 * b
    h = c + 2 * b
    glue = rng.choice([0, 0, 2, 3])
    W = w + glue
    prod = rng.choice(["택배 상자", "신발 상자", "화장품 세트 상자", "케이크 상자"])
    lay = ("옆면 4개를 가로로 나란히 이어 붙이고, 윗면과 아랫면을 가로 방향 옆면(가로 × 높이) 하나의 위아래에 붙이는 모양")
    extra = f" 또 옆면의 한쪽 끝에 폭 {glue} cm의 풀칠 부분을 붙인다." if glue else ""
    text = (f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 모양 {prod}의 전개도를 한 장의 직사각형 판지에서 오려 내려고 한다. 전개도는 {lay}이다.{extra} "
            f"이 전개도가 들어가는 가장 작은 직사각형 판지의 가로와 세로의 길이를 {_end(rng)}")
    ans = f"{W} cm × {h} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["전개도", "직육면체"], check=lambda: W - glue == 2 * (a + b) and h - c == 2 * b)


@family(_S31, "cylinder-label-net")
def _cyl_label(rng: random.Random) -> Problem:
    r = rng.choice([3, 3.5, 4, 5, 6, 7.5])
    hgt = rng.randint(8, 20)
    pi = Fr(314, 100)
    rr = Fr(str(r))
    width = 2 * pi * rr
    prod = rng.choice(["통조림 캔", "음료 캔", "원통형 과자 통", "원기둥 모양 양초"])
    mode = rng.choice(["dims", "area"])
    r_txt = _r(rr, 1)
    if mode == "dims":
        q = f"옆면에 빈틈없이 겹치지 않게 두르는 라벨(옆면의 전개도)의 가로와 세로의 길이를 각각 {_end(rng)} (원주율은 3.14로 계산한다.)"
        ans = f"가로 {_dec(width)} cm, 세로 {hgt} cm"
    else:
        q = f"옆면 전체를 덮는 라벨 한 장의 넓이는 몇 cm²인지 {_end(rng)} (원주율은 3.14)"
        ans = f"{_dec(width * hgt)} cm²"
    text = f"밑면의 반지름이 {r_txt} cm, 높이가 {hgt} cm인 {prod}의 전개도를 생각하자. {q}"
    return Problem(text=text, answer=ans, format="computation" if mode == "dims" else "word", difficulty=2, achievement_level="C",
                   concepts=["원기둥", "전개도", "옆면", "원주율"], also=[_S35] if mode == "area" else [],
                   check=lambda: width == Fr(628, 100) * rr)


@family(_S31, "cone-sector-angle")
def _cone(rng: random.Random) -> Problem:
    while True:
        r = rng.randint(2, 12)
        ell = rng.randint(r + 1, 30)
        ang = Fr(360 * r, ell)
        if ang.denominator == 1:
            break
    prod = rng.choice(["파티용 고깔모자", "원뿔 모양 아이스크림 포장지", "일회용 고깔 종이컵", "조명 갓"])
    mode = rng.choice(["angle", "radius"])
    if mode == "angle":
        text = (f"밑면의 반지름이 {r} cm, 모선의 길이가 {ell} cm인 원뿔 모양 {josa(prod, '을/를')} 종이로 만들려고 한다. 옆면 전개도인 부채꼴의 중심각의 크기를 {_end(rng)}")
        ans = f"{ang}°"
    else:
        text = (f"반지름이 {ell} cm이고 중심각이 {ang}°인 부채꼴 모양 종이를 말아 원뿔 모양 {josa(prod, '을/를')} 만들었다. 만들어진 원뿔의 밑면의 반지름을 {_end(rng)}")
        ans = f"{r} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["원뿔", "전개도", "부채꼴", "모선", "중심각"], check=lambda: 2 * r * 360 == 2 * ell * ang)


@family(_S31, "cuboid-sketch-hidden-lines")
def _hidden(rng: random.Random) -> Problem:
    facts = {"보이는 모서리": 9, "보이지 않는 모서리": 3, "보이는 꼭짓점": 7, "보이지 않는 꼭짓점": 1, "보이는 면": 3}
    k = rng.choice(["single", "fill"])
    prod = rng.choice(["직육면체 모양 택배 상자", "직육면체 모양 냉장고 포장 상자", "정육면체 모양 선물 상자", "직육면체 모양 수납함"])
    if k == "single":
        key = rng.choice(list(facts))
        text = f"{prod}의 겨냥도를 그리려고 한다. 겨냥도에서 {josa(key, '은/는')} 몇 개인지 {_end(rng)}"
        if "보이지 않는 모서리" in key:
            text += " 또 이 모서리는 어떻게 그리는지 쓰시오."
            ans = "3개, 점선으로 그린다"
        else:
            ans = f"{facts[key]}개"
        fmt = "word"
    else:
        text = (f"{prod}의 겨냥도에 대한 다음 설명의 빈칸에 알맞은 수나 말을 써넣으시오.\n"
                "· 보이는 모서리는 (  ㉠  )개이고 (  ㉡  )으로 그린다.\n· 보이지 않는 모서리는 (  ㉢  )개이고 (  ㉣  )으로 그린다.")
        ans = "㉠ 9, ㉡ 실선, ㉢ 3, ㉣ 점선"
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E",
                   concepts=["겨냥도", "모서리", "꼭짓점", "직육면체"], check=lambda: facts["보이는 모서리"] + facts["보이지 않는 모서리"] == 12)


_CUBE_NETS = [
    [(0, 1), (1, 0), (1, 1), (1, 2), (1, 3), (2, 1)],
    [(0, 0), (1, 0), (1, 1), (1, 2), (1, 3), (2, 3)],
    [(0, 2), (1, 0), (1, 1), (1, 2), (1, 3), (2, 1)],
    [(0, 0), (0, 1), (1, 1), (1, 2), (1, 3), (2, 3)],
    [(0, 0), (0, 1), (0, 2), (1, 2), (1, 3), (1, 4)],
    [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2), (2, 3)],
    [(0, 1), (1, 0), (1, 1), (1, 2), (1, 3), (2, 2)],
    [(0, 0), (1, 0), (1, 1), (1, 2), (2, 2), (2, 3)],
]


def _fold(cells: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int, int]]:
    """Fold a cube net: the outward normal of each cell's face."""
    def neg(v):
        return tuple(-t for t in v)
    start = cells[0]
    frames = {start: ((1, 0, 0), (0, 1, 0), (0, 0, -1))}  # (right, down, normal)
    todo = [start]
    cellset = set(cells)
    while todo:
        c = todo.pop()
        R, D, N = frames[c]
        for (dr, dc), (nR, nD, nN) in (((0, 1), (neg(N), D, R)), ((0, -1), (N, D, neg(R))),
                                       ((1, 0), (R, neg(N), D)), ((-1, 0), (R, N, neg(D)))):
            nb = (c[0] + dr, c[1] + dc)
            if nb in cellset and nb not in frames:
                frames[nb] = (nR, nD, nN)
                todo.append(nb)
    return {c: f[2] for c, f in frames.items()}


@family(_S31, "cube-net-opposite-face")
def _cube_net(rng: random.Random) -> Problem:
    cells = rng.choice(_CUBE_NETS)
    if rng.random() < 0.5:
        mc = max(c for _, c in cells)
        cells = [(r, mc - c) for r, c in cells]
    normals = _fold(cells)
    letters = rng.sample(list("가나다라마바"), 6)
    lab = dict(zip(sorted(cells), letters, strict=True))
    rows = max(r for r, _ in cells) + 1
    cols = max(c for _, c in cells) + 1
    grid = "\n".join(" ".join(f"[{lab[(r, c)]}]" if (r, c) in lab else "   " for c in range(cols)).rstrip() for r in range(rows))
    target = rng.choice(sorted(cells))
    opp = next(c for c in cells if normals[c] == tuple(-t for t in normals[target]))
    prod = rng.choice(["정육면체 모양 선물 상자", "주사위 모양 홍보물", "정육면체 모양 포장 상자"])
    text = rng.choice([
        f"다음은 {prod}의 전개도를 칸으로 나타낸 것이다. 이 전개도를 접었을 때 면 {josa(lab[target], '과/와')} 평행한 면을 {_end(rng, '쓰')}\n{grid}",
        f"{prod}의 여섯 면에 가~바의 글자를 인쇄하려고 전개도를 다음과 같이 그렸다. 상자를 접었을 때 면 {lab[target]}의 맞은편에 오는 면은 무엇입니까?\n{grid}",
    ])
    return Problem(text=text, answer=lab[opp], format="word", difficulty=3, achievement_level="C",
                   concepts=["전개도", "정육면체", "면", "평행"],
                   check=lambda: len(set(normals.values())) == 6 and abs(target[0] - opp[0]) + abs(target[1] - opp[1]) >= 2)


_NET_SOLID = [
    ("직사각형 3개와 합동인 삼각형 2개", "삼각기둥"), ("원 1개와 부채꼴 1개", "원뿔"), ("직사각형 1개와 합동인 원 2개", "원기둥"),
    ("합동인 정삼각형 4개", "삼각뿔"), ("정사각형 1개와 합동인 이등변삼각형 4개", "사각뿔"), ("직사각형 6개", "직육면체"),
    ("직사각형 5개와 합동인 오각형 2개", "오각기둥"), ("합동인 정사각형 6개", "정육면체"), ("육각형 1개와 합동인 이등변삼각형 6개", "육각뿔"),
]


@family(_S31, "net-to-solid-mcq")
def _net_solid(rng: random.Random) -> Problem:
    desc, solid = rng.choice(_NET_SOLID)
    others = [s for _, s in _NET_SOLID if s != solid]
    ch = choices(rng, solid, rng.sample(others, 4))
    prod = rng.choice(["포장 상자", "제품 케이스", "진열대 모형", "판촉물"])
    text = rng.choice([
        f"어느 {prod}의 전개도가 {desc}로 이루어져 있다. 이 전개도를 접어 만들 수 있는 입체도형은?\n{ch.block}",
        f"설계 도면에 있는 전개도는 {josa(desc, '으로/로')} 구성되어 있다. 완성된 {josa(prod, '은/는')} 어떤 입체도형 모양인가?\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=2, achievement_level="D",
                   concepts=["전개도", "각기둥", "각뿔", "원기둥", "원뿔"], check=lambda: dict(_NET_SOLID)[desc] == ch.options[ch.correct])


@family(_S31, "pyramid-net-paper-area")
def _pyr_net(rng: random.Random) -> Problem:
    a = rng.randint(4, 20)
    h = rng.randint(a // 2 + 2, 30)
    area = a * a + 4 * Fr(a * h, 2)
    prod = rng.choice(["피라미드 모양 초콜릿 상자", "사각뿔 모양 조명 갓", "사각뿔 모양 트로피 포장재"])
    tb = f"밑면: 한 변의 길이가 {a} cm인 정사각형\n옆면: 밑변 {a} cm, 높이 {h} cm인 합동인 이등변삼각형 4개"
    text = (f"{josa(prod, '을/를')} 만들기 위해 다음과 같은 전개도를 설계하였다.\n{tb}\n(1) 이 전개도를 접어 만든 입체도형의 이름을 쓰시오.\n"
            f"(2) 전개도의 넓이(풀칠 부분 제외)는 몇 cm²인지 {_end(rng)}")
    return Problem(text=text, answer=f"(1) 사각뿔 (2) {_dec(area)} cm²", format="data", difficulty=3, achievement_level="C",
                   concepts=["각뿔", "전개도", "밑면", "옆면"], also=[_S35], check=lambda: area == a * (a + 2 * h))


# =================================================================================================
# 12직수03-02 위·앞·옆에서 본 모양, 배치도·안내도
# =================================================================================================
def _stack_grid(rng: random.Random, rows: int, cols: int, zero_ok: bool = True) -> list[list[int]]:
    while True:
        g = [[rng.choice([0, 1, 1, 2, 2, 3, 4]) if zero_ok else rng.randint(1, 4) for _ in range(cols)] for _ in range(rows)]
        if all(any(g[r][c] for r in range(rows)) for c in range(cols)) and all(any(row) for row in g):
            return g


def _grid_text(g: list[list[int]]) -> str:
    return "\n".join(" ".join(f"[{v}]" if v else "[ ]" for v in row) for row in g)


_STACK_CTX = ["창고 바닥에 같은 크기의 정육면체 상자를 쌓았다", "매장 진열대 위에 같은 크기의 정육면체 선물 상자를 쌓았다",
              "물류 센터 팔레트 위에 같은 크기의 정육면체 상자를 쌓았다"]


@family(_S32, "stack-total-from-plan")
def _stack_total(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 3), (3, 3), (3, 4), (2, 4)])
    g = _stack_grid(rng, rows, cols)
    tot = sum(map(sum, g))
    text = (f"{rng.choice(_STACK_CTX)}. 다음은 위에서 본 모양의 각 칸에 그 자리에 쌓인 상자의 수를 적은 배치도이다. (빈칸은 상자가 없는 자리이다.)\n"
            f"{_grid_text(g)}\n쌓인 상자는 모두 몇 개인지 {_end(rng)}")
    return Problem(text=text, answer=f"{tot}개", format="data", difficulty=1, achievement_level="E",
                   concepts=["정육면체"], check=lambda: tot == sum(v for row in g for v in row))


@family(_S32, "front-side-view-heights")
def _views(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(3, 3), (3, 4), (2, 4), (4, 3)])
    g = _stack_grid(rng, rows, cols)
    which = rng.choice(["앞", "오른쪽 옆"])
    if which == "앞":
        h = [max(g[r][c] for r in range(rows)) for c in range(cols)]
        order = "왼쪽 줄부터"
    else:
        h = [max(g[r]) for r in reversed(range(rows))]  # seen from the right, the front row is on the viewer's left
        order = "앞쪽 줄(배치도의 아래쪽 줄)부터"
    text = (f"{rng.choice(_STACK_CTX)}. 다음 배치도는 위에서 본 모양에 쌓인 상자 수를 적은 것이며, 배치도의 아래쪽이 앞쪽이다.\n{_grid_text(g)}\n"
            f"{which}에서 보았을 때 보이는 모양의 각 줄의 높이(층수)를 {order} 차례로 {_end(rng, '쓰')}")
    return Problem(text=text, answer=", ".join(map(str, h)), format="data", difficulty=2, achievement_level="C",
                   concepts=["정육면체"], check=lambda: sum(h) <= sum(map(sum, g)))


@family(_S32, "max-boxes-from-two-views")
def _max_boxes(rng: random.Random) -> Problem:
    cols = rng.choice([2, 3])
    rows = rng.choice([2, 3])
    F_ = [rng.randint(1, 4) for _ in range(cols)]
    S_ = [rng.randint(1, 4) for _ in range(rows)]
    if max(F_) != max(S_):
        S_[rng.randrange(rows)] = max(F_)
        if max(S_) > max(F_):
            F_[0] = max(S_)
    mx = sum(min(f, s) for f in F_ for s in S_)
    # minimum: each column height must appear, each row height must appear
    from collections import Counter
    cf, cs = Counter(F_), Counter(S_)
    mn = sum(F_) + sum(S_) - sum(h * min(cf[h], cs[h]) for h in cf)
    mode = rng.choice(["max", "min"])
    ans = f"{mx}개" if mode == "max" else f"{mn}개"
    ask = "가장 많은 경우" if mode == "max" else "가장 적은 경우"
    text = (f"창고 바닥의 가로 {cols}칸, 세로 {rows}칸인 구역에 같은 크기의 정육면체 상자를 쌓았다. 앞에서 본 모양의 층수는 왼쪽 줄부터 {', '.join(map(str, F_))}이고, "
            f"오른쪽 옆에서 본 모양의 층수는 앞쪽 줄부터 {', '.join(map(str, S_))}이다. 쌓인 상자의 수가 {ask}는 몇 개인지 {_end(rng)} (상자는 바닥이나 다른 상자 위에만 놓인다.)")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["정육면체"], check=lambda: mn <= mx and max(F_) == max(S_))


_VIEWS_SOLID = [
    (("원", "직사각형", "직사각형"), "원기둥"), (("원", "삼각형", "삼각형"), "원뿔"), (("원", "원", "원"), "구"),
    (("직사각형", "직사각형", "직사각형"), "직육면체"), (("삼각형", "직사각형", "직사각형"), "삼각기둥"),
    (("대각선이 그어진 정사각형", "삼각형", "삼각형"), "사각뿔"), (("원", "사다리꼴", "사다리꼴"), "원뿔대"),
]


@family(_S32, "three-views-identify-mcq")
def _id_solid(rng: random.Random) -> Problem:
    (top, front, side), solid = rng.choice(_VIEWS_SOLID)
    others = [s for _, s in _VIEWS_SOLID if s != solid]
    ch = choices(rng, solid, rng.sample(others, 4))
    prod = rng.choice(["제품", "매장 진열용 소품", "공장에서 만드는 부품", "인테리어 조명"])
    text = rng.choice([
        f"어느 {prod}을 위, 앞, 옆에서 본 모양이 각각 {top}, {front}, {side}이다. 이 {josa(prod, '은/는')} 어떤 입체도형 모양인가?\n{ch.block}",
        f"설계도에 어떤 {prod}의 위에서 본 모양은 {josa(top, '으로/로')}, 앞과 옆에서 본 모양은 각각 {front}, {side}으로 그려져 있다. 이 입체도형으로 알맞은 것은?\n{ch.block}",
    ]).replace(f"{prod}을 위", f"{josa(prod, '을/를')} 위")
    text = text.replace(f"어느 {josa(prod, '을/를')}", f"어느 {josa(prod, '을/를')}")
    text = text.replace("각각 직사각형, 직사각형으로", "각각 직사각형, 직사각형으로")
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=2, achievement_level="D",
                   concepts=["원기둥", "원뿔", "각기둥", "각뿔"], check=lambda: dict(_VIEWS_SOLID)[(top, front, side)] == ch.options[ch.correct])


_DIRS = {"북": (-1, 0), "남": (1, 0), "동": (0, 1), "서": (0, -1)}


def _layout(rng: random.Random, rows: int, cols: int, names: list[str]) -> dict[str, tuple[int, int]]:
    cells = rng.sample([(r, c) for r in range(rows) for c in range(cols)], len(names))
    return dict(zip(names, cells, strict=True))


@family(_S32, "floor-plan-follow-route")
def _route(rng: random.Random) -> Problem:
    rows, cols = 4, 5
    names = rng.sample(["포장실", "검수대", "냉장 창고", "사무실", "휴게실", "출하장", "자재 창고", "세척실"], 5)
    pos = _layout(rng, rows, cols, names)
    start = rng.choice(names)
    r, c = pos[start]
    occupied = {v: k for k, v in pos.items()}
    # build a random route to another named room
    target = rng.choice([n for n in names if n != start])
    tr, tc = pos[target]
    moves = []
    if tr != r:
        moves.append(("남" if tr > r else "북", abs(tr - r)))
    if tc != c:
        moves.append(("동" if tc > c else "서", abs(tc - c)))
    rng.shuffle(moves)
    step = rng.choice([5, 10, 15])
    grid = "\n".join(" ".join(f"[{occupied[(i, j)][:2]}]" if (i, j) in occupied else "[  ]" for j in range(cols)) for i in range(rows))
    legend = ", ".join(f"{n[:2]}: {n}" for n in names)
    route = ", ".join(f"{d}쪽으로 {k * step} m" for d, k in moves)
    text = (f"다음은 어느 공장 건물의 배치도이다. 배치도의 위쪽이 북쪽이고, 한 칸의 한 변은 {step} m이다. ({legend})\n{grid}\n"
            f"{start}에서 출발하여 {route} 이동하면 어느 곳에 도착하는지 {_end(rng, '쓰')}")
    return Problem(text=text, answer=target, format="data", difficulty=2, achievement_level="C",
                   concepts=[], check=lambda: (r + sum(_DIRS[d][0] * k for d, k in moves), c + sum(_DIRS[d][1] * k for d, k in moves)) == (tr, tc)
                   and len({n[:2] for n in names}) == len(names))


@family(_S32, "floor-plan-describe-route")
def _route2(rng: random.Random) -> Problem:
    rows, cols = 4, 4
    names = rng.sample(["안내 데스크", "엘리베이터", "화장실", "회의실", "카페", "수유실", "물품 보관소"], 4)
    pos = _layout(rng, rows, cols, names)
    a, b = rng.sample(names, 2)
    (r1, c1), (r2, c2) = pos[a], pos[b]
    while r1 == r2 or c1 == c2:
        pos = _layout(rng, rows, cols, names)
        (r1, c1), (r2, c2) = pos[a], pos[b]
    step = rng.choice([4, 5, 6, 8])
    tb = _tbl(["시설", "위치(입구에서)"], [[n, f"북쪽으로 {(rows - 1 - pos[n][0]) * step} m, 동쪽으로 {pos[n][1] * step} m"] for n in names], rng)
    dn, de = (r1 - r2) * step, (c2 - c1) * step
    ans = f"{'북' if dn > 0 else '남'}쪽으로 {abs(dn)} m, {'동' if de > 0 else '서'}쪽으로 {abs(de)} m (이동 거리 {abs(dn) + abs(de)} m)"
    text = (f"다음은 어느 전시장 안내도에 표시된 시설의 위치를 입구를 기준으로 정리한 것이다. 통로는 동서, 남북 방향으로만 나 있다.\n{tb}\n"
            f"{a}에서 {b}까지 가는 방법을 방향과 거리로 설명하고, 이동 거리를 {_end(rng)}")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=[], check=lambda: abs(dn) + abs(de) == step * (abs(r1 - r2) + abs(c1 - c2)))


@family(_S32, "seat-map-stage-view")
def _seats(rng: random.Random) -> Problem:
    n = rng.choice([10, 12, 14, 16, 20])
    row = rng.choice("ABCDEFGH")
    k = rng.randint(2, n // 2)
    side = rng.choice(["왼쪽", "오른쪽"])
    seat = n + 1 - k if side == "왼쪽" else k
    venue = rng.choice(["공연장", "강당", "세미나실", "웨딩홀"])
    text = (f"어느 {venue}의 좌석 배치도에서 한 줄에는 좌석이 {n}개 있고, 좌석 번호는 객석에서 무대를 바라볼 때 왼쪽부터 1, 2, 3, …으로 붙어 있다. "
            f"무대 위에 선 진행자가 객석을 바라볼 때 {row}열의 {side}에서 {k}번째 좌석은 {row}열 몇 번 좌석인지 {_end(rng)}")
    return Problem(text=text, answer=f"{row}열 {seat}번", format="word", difficulty=3, achievement_level="B",
                   concepts=[], check=lambda: (seat == k) == (side == "오른쪽"))


@family(_S32, "top-view-from-shelf-fill")
def _top_fill(rng: random.Random) -> Problem:
    cols = rng.choice([3, 4])
    rows = 2
    g = _stack_grid(rng, rows, cols, zero_ok=False)
    front = [max(g[r][c] for r in range(rows)) for c in range(cols)]
    hide_r, hide_c = rng.randrange(rows), rng.randrange(cols)
    shown = [[("□" if (r, c) == (hide_r, hide_c) else str(g[r][c])) for c in range(cols)] for r in range(rows)]
    total = sum(map(sum, g))
    text = ("진열대 두 줄에 같은 크기의 정육면체 상자를 쌓았다. 위에서 본 배치도의 각 칸에 쌓인 상자 수를 적었는데 한 칸이 지워졌다. (아래쪽 줄이 앞줄이다.)\n"
            + "\n".join(" ".join(f"[{v}]" for v in row) for row in shown)
            + f"\n쌓인 상자가 모두 {total}개일 때, □에 알맞은 수를 구하고, 앞에서 본 모양의 층수를 왼쪽 줄부터 차례로 쓰시오.")
    return Problem(text=text, answer=f"□ = {g[hide_r][hide_c]}, 앞에서 본 층수: {', '.join(map(str, front))}", format="fill",
                   difficulty=3, achievement_level="C", concepts=["정육면체"], check=lambda: total - sum(
                       g[r][c] for r in range(rows) for c in range(cols) if (r, c) != (hide_r, hide_c)) == g[hide_r][hide_c])


# =================================================================================================
# 12직수03-03 도형의 이동, 합동과 닮음 (축척, 확대·축소, 패턴 디자인)
# =================================================================================================
@family(_S33, "map-scale-distance")
def _map_scale(rng: random.Random) -> Problem:
    sc = rng.choice([5000, 10000, 20000, 25000, 50000])
    mode = rng.choice(["to_real", "to_map"])
    purpose = rng.choice(["배송 경로를 계획하려고", "매장 후보지 사이의 거리를 알아보려고", "농장과 저온 창고 사이의 거리를 재려고", "현장 답사를 준비하려고"])
    if mode == "to_real":
        d = Fr(rng.randint(12, 150), 10)  # cm
        real_cm = d * sc
        ans = f"{_dec(real_cm / 100000)} km" if real_cm >= 100000 else f"{_dec(real_cm / 100)} m"
        text = rng.choice([f"{purpose} 축척이 1 : {num(sc)}인 지도를 보았다. 지도에서 두 지점 사이의 거리가 {_dec(d)} cm일 때, 실제 거리를 {_end(rng)}",
                           f"축척 1 : {num(sc)}인 지도에서 {_dec(d)} cm인 거리는 실제로 몇 m(또는 km)입니까?"])
        ok = real_cm == d * sc
    else:
        d = Fr(rng.randint(10, 250), 10)
        real_m = int(d * sc / 100)
        ans = f"{_dec(d)} cm"
        text = f"실제 거리가 {num(real_m)} m인 두 건물을 축척 1 : {num(sc)}인 안내도에 나타내면 안내도에서의 거리는 몇 cm인지 {_end(rng)}"
        ok = d * sc == real_m * 100
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["닮음", "닮음비", "cm", "m", "km"], check=lambda: ok)


@family(_S33, "floor-plan-scale-room")
def _plan_scale(rng: random.Random) -> Problem:
    sc = rng.choice([50, 100, 200])
    w = Fr(rng.randint(20, 90), 10)
    h = Fr(rng.randint(20, 90), 10)
    W, H = w * sc / 100, h * sc / 100  # m
    room = rng.choice(["매장", "사무실", "미용실 시술 공간", "카페 주방", "창고"])
    mode = rng.choice(["dims", "area"])
    if mode == "dims":
        ans = f"가로 {_dec(W)} m, 세로 {_dec(H)} m"
        q = f"실제 가로와 세로의 길이를 각각 {_end(rng)}"
    else:
        ans = f"{_dec(W * H)} m²"
        q = f"바닥에 깔 장판의 넓이(실제 바닥 넓이)는 몇 m²인지 {_end(rng)}"
    text = f"축척이 1 : {sc}인 인테리어 도면에서 직사각형 모양 {room}의 가로가 {_dec(w)} cm, 세로가 {_dec(h)} cm이다. {q}"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if mode == "dims" else 3, achievement_level="C",
                   concepts=["닮음", "닮음비", "직사각형"], also=[_S34] if mode == "area" else [],
                   check=lambda: w * sc == W * 100 and h * sc == H * 100)


@family(_S33, "enlarge-copy-area")
def _enlarge(rng: random.Random) -> Problem:
    pct = rng.choice([50, 70, 120, 125, 150, 200, 250])
    w = rng.randint(4, 30)
    h = rng.randint(4, 30)
    k = Fr(pct, 100)
    what = rng.choice(["매장 로고", "메뉴판 디자인", "제품 라벨", "전단지 그림"])
    mode = rng.choice(["sides", "area_ratio"])
    verb = "확대" if pct > 100 else "축소"
    if mode == "sides":
        text = (f"가로 {w} cm, 세로 {h} cm인 직사각형 {josa(what, '을/를')} 복사기에서 {pct}%로 {verb} 복사하였다. 복사된 그림의 가로와 세로의 길이를 {_end(rng)}")
        ans = f"가로 {_dec(k * w)} cm, 세로 {_dec(k * h)} cm"
    else:
        text = (f"{josa(what, '을/를')} {pct}%로 {verb} 인쇄하면 인쇄된 그림의 넓이는 원래 넓이의 몇 배가 되는지 {_end(rng)} (원래 그림과 인쇄된 그림은 서로 닮은 도형이다.)")
        ans = f"{_dec(k * k)}배"
    return Problem(text=text, answer=ans, format="word" if mode == "sides" else "computation", difficulty=2 if mode == "sides" else 3,
                   achievement_level="C" if mode == "sides" else "B", concepts=["닮음", "닮음비", "백분율"],
                   check=lambda: (k * w) / w == k)


@family(_S33, "similar-figure-missing-side")
def _similar(rng: random.Random) -> Problem:
    a, b, c = rng.sample(range(3, 16), 3)
    m = rng.choice([Fr(3, 2), Fr(2), Fr(5, 2), Fr(3), Fr(4, 3), Fr(1, 2)])
    prod = rng.choice(["간판 시안", "가구 모형", "건물 모형", "제품 시제품"])
    sty = pick_style(rng)
    tri = "$\\triangle ABC \\sim \\triangle DEF$" if sty == "latex" else "△ABC ∽ △DEF"
    text = (f"{prod}의 삼각형 부분 △ABC와 실제 제품의 삼각형 부분 △DEF가 서로 닮은 도형이다({tri}). AB = {a} cm, BC = {b} cm, CA = {c} cm이고 "
            f"DE = {_dec(a * m)} cm일 때, EF와 FD의 길이를 각각 {_end(rng)}")
    ans = f"EF = {_dec(b * m)} cm, FD = {_dec(c * m)} cm"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["닮음", "닮음비", "대응변", "△ABC", "∽"], check=lambda: Fr(b * m, b) == Fr(a * m, a))


@family(_S33, "shadow-height")
def _shadow(rng: random.Random) -> Problem:
    stick = Fr(rng.choice([10, 12, 15, 20]), 10)  # m
    s_sh = Fr(rng.randint(8, 30), 10)
    k = Fr(rng.randint(3, 12))
    tree_sh = s_sh * k
    tree = stick * k
    obj = rng.choice(["조경 작업할 느티나무", "매장 간판 기둥", "물류 센터 굴뚝", "과수원의 방풍림 나무"])
    text = (f"{obj}의 높이를 재기 위해 같은 시각에 길이 {_dec(stick)} m인 막대를 땅에 수직으로 세웠더니 막대의 그림자 길이는 {_dec(s_sh)} m, "
            f"{obj}의 그림자 길이는 {_dec(tree_sh)} m였다. {obj}의 높이는 몇 m인지 {_end(rng)}")
    fmt = "word"
    if rng.random() < 0.35:
        text += f"\n다음 비례식의 □ 안에 알맞은 수를 써넣어 구하시오.\n(막대의 길이) : (막대의 그림자 길이) = ({obj}의 높이) : ({obj}의 그림자 길이)\n{_dec(stick)} : {_dec(s_sh)} = □ : {_dec(tree_sh)}"
        fmt = "fill"
    return Problem(text=text, answer=f"{_dec(tree)} m", format=fmt, difficulty=3, achievement_level="B",
                   concepts=["닮음", "닮음비", "삼각형의 닮음 조건", "비례식"], check=lambda: tree / stick == tree_sh / s_sh)


@family(_S33, "pattern-translation-count")
def _pattern(rng: random.Random) -> Problem:
    wdt = rng.choice([4, 5, 6, 8, 10, 12])
    gap = rng.choice([0, 1, 2, 3])
    step = wdt + gap
    length = rng.randint(80, 300)
    n = (length - wdt) // step + 1 if length >= wdt else 0
    prod = rng.choice(["포장지", "커튼 원단", "벽지 띠", "에코백 원단"])
    sty = rng.choice(["stamp", "coord"])
    also: list[str] = []
    if sty == "stamp":
        text = (f"폭 {wdt} cm인 무늬 도장을 {prod}의 왼쪽 끝에서부터 오른쪽으로 {step} cm씩 평행이동하며 한 줄로 찍으려고 한다. {prod}의 길이가 {length} cm일 때, "
                f"무늬가 잘리지 않게 찍을 수 있는 무늬는 최대 몇 개인지 {_end(rng)}")
        ans = f"{n}개"
        ok = wdt + (n - 1) * step <= length < wdt + n * step
    else:
        x0, y0 = rng.randint(-5, 5), rng.randint(-5, 5)
        dx, dy = step, rng.choice([-1, 1]) * rng.randint(1, 6)
        k = rng.randint(3, 9)
        text = (f"컴퓨터 디자인 프로그램에서 무늬의 기준점을 ({x0}, {y0})에 두고, 무늬를 x축 방향으로 {dx}, y축 방향으로 {dy}만큼 평행이동하는 작업을 {k}번 반복하였다. "
                f"마지막 무늬의 기준점 좌표를 {_end(rng)}")
        ans = f"({x0 + dx * k}, {y0 + dy * k})"
        ok = True
        also = ["10공수2-01-06"]
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["평행이동"], also=also, check=lambda: ok)


@family(_S33, "logo-rotation-angle")
def _rotation(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 5, 6, 8, 10, 12])
    ang = Fr(360, n)
    mode = rng.choice(["min", "count"])
    prod = rng.choice(["회사 로고", "매장 바닥 타일 무늬", "바퀴 휠 디자인", "선풍기 날개 장식"])
    shape = {3: "정삼각형", 4: "정사각형", 5: "정오각형", 6: "정육각형", 8: "정팔각형", 10: "정십각형", 12: "정십이각형"}[n]
    if mode == "min":
        text = f"{shape} 모양의 {josa(prod, '을/를')} 중심을 기준으로 회전시킬 때, 처음 모양과 완전히 겹치는 가장 작은 회전 각의 크기를 {_end(rng)} (0°보다 크게)"
        ans = f"{_dec(ang)}°"
    else:
        a2 = ang * rng.randint(1, n - 1)
        text = (f"{shape} 모양의 {josa(prod, '을/를')} 중심을 기준으로 시계 방향으로 {_dec(a2)}° 회전시켰다. 회전한 뒤의 모양은 처음 모양과 완전히 겹치는지 판단하고, "
                f"0°보다 크고 360°보다 작은 회전 각 중 처음 모양과 겹치는 각은 모두 몇 개인지 {_end(rng)}")
        ans = f"겹친다, {n - 1}개"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["정다각형", "중심"], check=lambda: ang * n == 360)


_MOVES = [("(x, y) → (x + {a}, y + {b})", "평행이동"), ("(x, y) → (−x, y)", "y축에 대한 대칭이동"),
          ("(x, y) → (x, −y)", "x축에 대한 대칭이동"), ("(x, y) → (−x, −y)", "원점에 대한 대칭이동"), ("(x, y) → (y, x)", "직선 y = x에 대한 대칭이동")]


@family(_S33, "which-transformation-mcq")
def _which_move(rng: random.Random) -> Problem:
    rule, name_ = rng.choice(_MOVES)
    a, b = rng.randint(1, 9), rng.choice([-1, 1]) * rng.randint(1, 9)
    rule = rule.format(a=a, b=b).replace("+ -", "− ")
    others = [n for _, n in _MOVES if n != name_] + ["원점을 중심으로 90°만큼 회전이동"]
    ch = choices(rng, name_, rng.sample(others, 4))
    text = (f"디자인 프로그램에서 타일 무늬의 모든 점을 {josa(rule, '과/와')} 같이 옮기는 명령을 실행하였다. 이 명령이 나타내는 도형의 이동으로 알맞은 것은?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=2, achievement_level="C",
                   concepts=["평행이동", "대칭이동"], also=["10공수2-01-06" if name_ == "평행이동" else "10공수2-01-07"],
                   check=lambda: dict((n, r) for r, n in _MOVES)[ch.options[ch.correct]] is not None)


# =================================================================================================
# 12직수03-04 평면도형의 둘레와 넓이 (울타리, 타일, 도배, 단면)
# =================================================================================================
@family(_S34, "fence-perimeter-cost")
def _fence(rng: random.Random) -> Problem:
    a, b = rng.randint(8, 60), rng.randint(5, 40)
    gate = rng.choice([0, 2, 3, 4])
    price = rng.choice([8000, 12000, 15000, 18000, 25000])
    length = 2 * (a + b) - gate
    cost = length * price
    place = rng.choice(["농장의 직사각형 모양 텃밭", "직사각형 모양 캠핑장 부지", "목장의 직사각형 모양 방목지", "공사 현장의 직사각형 모양 자재 적치장"])
    g = f" 단, 폭 {gate} m인 출입문 자리에는 울타리를 설치하지 않는다." if gate else ""
    mode = rng.choice(["len", "cost"])
    q = f"필요한 울타리의 길이를 {_end(rng)}" if mode == "len" else f"울타리 1 m를 설치하는 비용이 {_won(price)}일 때, 설치 비용을 {_end(rng)}"
    text = rng.choice([f"가로 {a} m, 세로 {b} m인 {place} 둘레에 울타리를 설치하려고 한다.{g} {q}",
                       f"{place}의 크기는 가로 {a} m, 세로 {b} m이다. 가장자리를 따라 울타리를 치려고 한다.{g} {q}",
                       f"시공 업체가 {place}(가로 {a} m, 세로 {b} m)의 울타리 공사 견적을 내고 있다.{g} {q}"])
    return Problem(text=text, answer=f"{length} m" if mode == "len" else _won(cost), format="word", difficulty=2, achievement_level="D",
                   concepts=["둘레", "직사각형"], check=lambda: length + gate == a + a + b + b)


@family(_S34, "floor-tile-count")
def _tiles(rng: random.Random) -> Problem:
    t = rng.choice([20, 30, 40, 50, 60])  # cm
    nx, ny = rng.randint(6, 30), rng.randint(5, 25)
    a, b = Fr(nx * t, 100), Fr(ny * t, 100)  # exact multiples of tile
    per_box = rng.choice([4, 5, 6, 8, 10, 12])
    n = nx * ny
    boxes = -(-n // per_box)
    place = rng.choice(["욕실", "카페 바닥", "현관", "주방 벽", "미용실 샴푸실 바닥"])
    mode = rng.choice(["count", "boxes"])
    q = f"필요한 타일은 몇 장인지 {_end(rng)}" if mode == "count" else f"타일이 한 상자에 {per_box}장씩 들어 있다면 적어도 몇 상자를 사야 하는지 {_end(rng)}"
    text = (f"가로 {_dec(a)} m, 세로 {_dec(b)} m인 직사각형 모양 {place}에 한 변이 {t} cm인 정사각형 타일을 빈틈없이 겹치지 않게 붙이려고 한다. {q}")
    fmt = "word"
    if mode == "count" and rng.random() < 0.5:
        text = (f"가로 {_dec(a)} m, 세로 {_dec(b)} m인 직사각형 모양 {place}에 한 변이 {t} cm인 정사각형 타일을 빈틈없이 붙이려고 한다. □ 안에 알맞은 수를 써넣으시오.\n"
                f"가로에 □장, 세로에 □장씩 들어가므로 필요한 타일은 모두 □장이다.")
        fmt = "fill"
        return Problem(text=text, answer=f"{nx}, {ny}, {n}", format=fmt, difficulty=2, achievement_level="D",
                       concepts=["넓이", "정사각형", "직사각형"], check=lambda: a * b * 10000 == n * t * t)
    return Problem(text=text, answer=f"{n}장" if mode == "count" else f"{boxes}상자", format=fmt, difficulty=3, achievement_level="C",
                   concepts=["넓이", "정사각형", "직사각형", "올림"], check=lambda: a * b * 10000 == n * t * t)


@family(_S34, "paint-wall-minus-openings")
def _paint(rng: random.Random) -> Problem:
    L, W = rng.randint(3, 9), rng.randint(3, 7)
    H = Fr(rng.choice([24, 25, 26, 27, 28, 30]), 10)
    door = (Fr(9, 10), Fr(21, 10))
    win_w, win_h = Fr(rng.randint(10, 20), 10), Fr(rng.randint(10, 15), 10)
    nwin = rng.randint(1, 3)
    wall = 2 * (L + W) * H - door[0] * door[1] - nwin * win_w * win_h
    cover = rng.choice([5, 6, 8, 10])  # m² per L
    can = rng.choice([1, 2, 4])
    liters = wall / cover
    cans = _m.ceil(liters / can)
    text = (f"가로 {L} m, 세로 {W} m, 높이 {_dec(H)} m인 직육면체 모양 방의 네 벽면에 페인트를 칠하려고 한다. 방에는 가로 0.9 m, 세로 2.1 m인 문 1개와 "
            f"가로 {_dec(win_w)} m, 세로 {_dec(win_h)} m인 창문 {nwin}개가 있으며, 이 부분은 칠하지 않는다.\n"
            f"(1) 칠해야 하는 벽면의 넓이를 구하시오.\n(2) 페인트 1 L로 {cover} m²를 칠할 수 있고 페인트는 {can} L짜리 통으로만 판다면 적어도 몇 통을 사야 하는지 구하시오.")
    return Problem(text=text, answer=f"(1) {_dec(wall)} m² (2) {cans}통", format="word", difficulty=4, achievement_level="B",
                   concepts=["넓이", "직사각형", "올림"], check=lambda: (cans - 1) * can * cover < wall <= cans * can * cover)


@family(_S34, "l-shaped-floor-area")
def _lshape(rng: random.Random) -> Problem:
    A, B = rng.randint(8, 20), rng.randint(6, 16)
    a, b = rng.randint(2, A - 3), rng.randint(2, B - 3)
    area = A * B - a * b
    per = 2 * (A + B)
    mode = rng.choice(["area", "per", "cost"])
    place = rng.choice(["매장", "사무실", "물류 창고", "미용실"])
    text0 = (f"어느 {place}의 바닥은 가로 {A} m, 세로 {B} m인 직사각형에서 한쪽 모서리의 가로 {a} m, 세로 {b} m인 직사각형 부분을 잘라 낸 ㄱ자 모양이다.")
    if mode == "area":
        q = f" 이 바닥의 넓이를 {_end(rng)}"
        ans = f"{area} m²"
    elif mode == "per":
        q = f" 바닥 가장자리를 따라 걸레받이를 두르려고 할 때, 바닥의 둘레를 {_end(rng)}"
        ans = f"{per} m"
    else:
        price = rng.choice([25000, 32000, 45000, 58000])
        q = f" 바닥 1 m²에 시공비가 {_won(price)}인 마루를 깔 때, 전체 시공비를 {_end(rng)}"
        ans = _won(area * price)
    return Problem(text=text0 + q, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["넓이", "둘레", "직사각형"], check=lambda: area == a * (B - b) + (A - a) * B and per == 2 * A + 2 * B)


@family(_S34, "circle-table-garden")
def _circle(rng: random.Random) -> Problem:
    r = rng.choice([Fr(3, 10), Fr(4, 10), Fr(5, 10), Fr(6, 10), Fr(1), Fr(3, 2), Fr(2), Fr(5, 2), Fr(3)])
    pi = Fr(314, 100)
    circ = 2 * pi * r
    area = pi * r * r
    ctx = rng.choice([("원형 화단", "둘레에 경계석을 두르려고", "전체에 잔디를 깔려고"),
                      ("원형 테이블 상판", "가장자리에 몰딩을 붙이려고", "위에 같은 크기의 유리를 깔려고"),
                      ("원형 분수대 바닥", "둘레에 조명을 설치하려고", "전체에 방수 페인트를 칠하려고")])
    obj, per_act, area_act = ctx
    mode = rng.choice(["circ", "area"])
    if mode == "circ":
        text = f"반지름이 {_dec(r)} m인 {obj}의 {per_act} 한다. 필요한 길이는 몇 m인지 {_end(rng)} (원주율은 3.14)"
        ans = f"{_dec(circ)} m"
    else:
        text = f"반지름이 {_dec(r)} m인 {obj} {area_act} 한다. 그 넓이는 몇 m²인지 {_end(rng)} (원주율은 3.14)"
        ans = f"{_dec(area)} m²"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["원", "반지름", "원주율", "넓이"], check=lambda: area * 2 == circ * r)


@family(_S34, "trapezoid-cross-section")
def _trap(rng: random.Random) -> Problem:
    shape = rng.choice(["사다리꼴", "삼각형", "평행사변형"])
    if shape == "사다리꼴":
        a, b, h = rng.randint(10, 60), rng.randint(20, 90), rng.randint(5, 40)
        area = Fr((a + b) * h, 2)
        dims = f"윗변 {a} cm, 아랫변 {b} cm, 높이 {h} cm인 사다리꼴"
        ok = area * 2 == (a + b) * h
    elif shape == "삼각형":
        a, h = rng.randint(10, 80), rng.randint(10, 60)
        area = Fr(a * h, 2)
        dims = f"밑변 {a} cm, 높이 {h} cm인 삼각형"
        ok = area * 2 == a * h
    else:
        a, h = rng.randint(10, 80), rng.randint(10, 60)
        area = Fr(a * h)
        dims = f"밑변 {a} cm, 높이 {h} cm인 평행사변형"
        ok = area == a * h
    prod = rng.choice(["진열대 받침의 단면", "간판 철판", "제방 모형의 단면", "쿠키 포장 상자의 옆면", "수로의 단면"])
    text = rng.choice([f"{josa(prod, '은/는')} {dims} 모양이다. 이 도형의 넓이를 {_end(rng)}",
                       f"공장에서 만드는 {prod}의 모양이 {dims}이다. 필요한 재료의 넓이는 몇 cm²입니까?"])
    return Problem(text=text, answer=f"{_dec(area)} cm²", format="computation", difficulty=2, achievement_level="D",
                   concepts=["넓이", shape, "높이", "밑변"], check=lambda: ok)


@family(_S34, "molding-pieces")
def _molding(rng: random.Random) -> Problem:
    A, B = rng.randint(3, 12), rng.randint(3, 10)
    doors = rng.randint(1, 2)
    dw = Fr(9, 10)
    piece = Fr(rng.choice([24, 27, 30, 36]), 10)
    length = 2 * (A + B) - doors * dw
    n = _m.ceil(length / piece)
    room = rng.choice(["사무실", "원룸", "카페 홀", "미용실"])
    text = (f"가로 {A} m, 세로 {B} m인 직사각형 모양 {room}의 벽 아래쪽에 둘레를 따라 걸레받이를 붙이려고 한다. 폭 0.9 m인 문 {doors}개가 있는 자리에는 붙이지 않는다. "
            f"걸레받이가 한 개에 {_dec(piece)} m짜리로만 판매될 때, 적어도 몇 개를 사야 하는지 {_end(rng)} (잘라서 이어 붙일 수 있다.)")
    return Problem(text=text, answer=f"{n}개", format="word", difficulty=3, achievement_level="C",
                   concepts=["둘레", "올림"], check=lambda: (n - 1) * piece < length <= n * piece)


@family(_S34, "max-area-fixed-fence-mcq")
def _maxarea(rng: random.Random) -> Problem:
    L = rng.choice([20, 24, 28, 32, 36, 40])
    wall = rng.random() < 0.5
    if wall:
        # one side along the wall: 2x + y = L
        cands = [(x, L - 2 * x) for x in range(2, L // 2)]
    else:
        cands = [(x, L // 2 - x) for x in range(1, L // 2) if x <= L // 2 - x]
    areas = {c: c[0] * c[1] for c in cands}
    best = max(areas, key=areas.get)
    others = [c for c in cands if areas[c] != areas[best]]
    picks = rng.sample(others, 4)
    def lab(c):
        return f"{c[0]} m × {c[1]} m" if not wall else f"벽과 수직인 변 {c[0]} m, 벽과 평행한 변 {c[1]} m"
    ch = choices(rng, lab(best), [lab(c) for c in picks])
    place = rng.choice(["닭장", "텃밭", "자재 보관 구역", "강아지 운동장"])
    if wall:
        text = (f"길이 {L} m인 철망으로 창고 벽을 한 변으로 하는 직사각형 모양 {josa(place, '을/를')} 만들려고 한다. (벽 쪽에는 철망을 치지 않는다.) "
                f"넓이가 가장 넓은 것은?\n{ch.block}")
    else:
        text = f"길이 {L} m인 울타리로 직사각형 모양 {josa(place, '을/를')} 둘러싸려고 한다. 다음 중 넓이가 가장 넓은 {place}의 가로와 세로는?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=3, achievement_level="B",
                   concepts=["넓이", "둘레", "직사각형"], check=lambda: areas[best] == max(areas.values()))


# =================================================================================================
# 12직수03-05 입체도형의 겉넓이와 부피 (택배 상자, 콘크리트, 물탱크)
# =================================================================================================
_PI = Fr(314, 100)


@family(_S35, "box-volume-surface")
def _box_vs(rng: random.Random) -> Problem:
    a, b, c = rng.randint(10, 60), rng.randint(10, 50), rng.randint(5, 40)
    vol = a * b * c
    surf = 2 * (a * b + b * c + c * a)
    mode = rng.choice(["vol", "surf", "liters"])
    prod = rng.choice(["택배 상자", "이삿짐 상자", "과일 포장 상자", "선물 상자", "보관함"])
    if mode == "vol":
        q = f"이 상자의 부피를 {_end(rng)}"
        ans = f"{num(vol)} cm³"
    elif mode == "surf":
        q = f"상자의 겉면 전체를 포장지로 겹치지 않게 싸려고 할 때, 필요한 포장지의 넓이는 적어도 몇 cm²인지 {_end(rng)}"
        ans = f"{num(surf)} cm²"
    else:
        q = f"이 상자의 부피는 몇 L인지 {_end(rng)} (1 L = 1000 cm³)"
        ans = f"{_dec(Fr(vol, 1000))} L"
    text = f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 모양 {prod}가 있다. {q}".replace(f"{prod}가", josa(prod, "이/가"))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["직육면체", "부피", "cm³", "cm²", "겉넓이"] if mode != "liters" else ["직육면체", "cm³", "L"],
                   check=lambda: vol == c * b * a and surf == 2 * a * b + 2 * b * c + 2 * a * c)


@family(_S35, "cartons-in-container")
def _cartons(rng: random.Random) -> Problem:
    s = [rng.choice([20, 25, 30, 40, 50]) for _ in range(3)]
    big = [s[i] * rng.randint(3, 12) + rng.randint(0, s[i] - 1) for i in range(3)]
    big = [int(x) for x in big]
    n = (big[0] // s[0]) * (big[1] // s[1]) * (big[2] // s[2])
    place = rng.choice(["화물 트럭 적재함", "컨테이너", "창고 선반 칸", "대형 운반용 상자"])
    bu = "cm"
    text = (f"안쪽 크기가 가로 {big[0]} {bu}, 세로 {big[1]} {bu}, 높이 {big[2]} {bu}인 직육면체 모양 {place}에 가로 {s[0]} cm, 세로 {s[1]} cm, 높이 {s[2]} cm인 "
            f"상자를 같은 방향으로 빈틈없이 쌓으려고 한다. 상자를 최대 몇 개까지 실을 수 있는지 {_end(rng)} (상자를 눕히거나 돌리지 않는다.)")
    return Problem(text=text, answer=f"{num(n)}개", format="word", difficulty=3, achievement_level="C",
                   concepts=["직육면체", "부피", "버림"], check=lambda: n * s[0] * s[1] * s[2] <= big[0] * big[1] * big[2])


@family(_S35, "concrete-slab-trucks")
def _concrete(rng: random.Random) -> Problem:
    a, b = rng.randint(5, 30), rng.randint(4, 20)
    t = rng.choice([10, 12, 15, 20, 25])  # cm
    vol = Fr(a * b * t, 100)
    truck = rng.choice([6, 7, 8])
    n = _m.ceil(vol / truck)
    place = rng.choice(["주차장 바닥", "창고 바닥", "축사 바닥", "공장 마당"])
    mode = rng.choice(["vol", "trucks"])
    q = f"필요한 콘크리트의 부피는 몇 m³인지 {_end(rng)}" if mode == "vol" else f"한 대에 {truck} m³씩 싣는 레미콘 트럭이 적어도 몇 대 필요한지 {_end(rng)}"
    text = rng.choice([f"가로 {a} m, 세로 {b} m인 직사각형 모양 {place}에 두께 {t} cm로 콘크리트를 타설하려고 한다. {q}",
                       f"현장 소장이 {place} 공사를 준비하고 있다. 바닥은 가로 {a} m, 세로 {b} m인 직사각형이고 콘크리트 두께는 {t} cm로 한다. {q}",
                       f"직사각형 모양 {place}(가로 {a} m, 세로 {b} m)을 {t} cm 두께의 콘크리트로 덮으려고 한다. {q}"])
    return Problem(text=text, answer=f"{_dec(vol)} m³" if mode == "vol" else f"{n}대", format="word", difficulty=3, achievement_level="C",
                   concepts=["부피", "m³", "직육면체"], check=lambda: vol * 100 == a * b * t and (n - 1) * truck < vol <= n * truck)


@family(_S35, "cylinder-tank-capacity")
def _tank(rng: random.Random) -> Problem:
    r = Fr(rng.choice([5, 6, 8, 10, 12, 15, 20]), 10)  # m
    h = Fr(rng.choice([10, 15, 20, 25, 30]), 10)
    vol = _PI * r * r * h
    mode = rng.choice(["m3", "L"])
    obj = rng.choice(["농업용 원기둥 물탱크", "공장의 원기둥 모양 저장 탱크", "원기둥 모양 빗물 저장조"])
    if mode == "m3":
        q = f"이 탱크의 부피는 몇 m³인지 {_end(rng)} (원주율은 3.14)"
        ans = f"{_dec(vol)} m³"
    else:
        q = f"이 탱크에 물을 가득 채우면 몇 L가 들어가는지 {_end(rng)} (원주율은 3.14, 1 m³ = 1000 L, 탱크의 두께는 생각하지 않는다.)"
        ans = f"{_dec(vol * 1000)} L"
    text = f"밑면의 반지름이 {_dec(r)} m, 높이가 {_dec(h)} m인 {obj}가 있다. {q}".replace(f"{obj}가", josa(obj, "이/가"))
    return Problem(also=["9수03-08"], text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["원기둥", "부피", "원주율", "m³"], check=lambda: vol == Fr(314, 100) * r ** 2 * h)


@family(_S35, "cylinder-surface-paint")
def _cyl_surface(rng: random.Random) -> Problem:
    r = rng.choice([10, 15, 20, 25, 30, 40])  # cm
    h = rng.choice([20, 30, 40, 50, 60, 80])
    top = rng.choice(["both", "open"])
    side = 2 * _PI * r * h
    base = _PI * r * r
    surf = side + (2 * base if top == "both" else base)
    prod = rng.choice(["원기둥 모양 화분", "원기둥 모양 스툴", "원기둥 모양 쓰레기통", "원통형 과자 통"])
    desc = "뚜껑이 없는" if top == "open" else "위아래가 막힌"
    text = (f"밑면의 반지름이 {r} cm, 높이가 {h} cm인 {desc} {prod}의 겉면(바깥쪽) 전체에 도색을 하려고 한다. 도색할 부분의 넓이는 몇 cm²인지 {_end(rng)} (원주율은 3.14)")
    return Problem(also=["9수03-08"], text=text, answer=f"{_dec(surf)} cm²", format="computation", difficulty=3, achievement_level="C",
                   concepts=["원기둥", "겉넓이", "원주율", "cm²"], check=lambda: surf == _PI * r * (2 * h + (2 if top == "both" else 1) * r))


@family(_S35, "courier-volumetric-weight")
def _volweight(rng: random.Random) -> Problem:
    a, b, c = rng.randint(20, 80), rng.randint(20, 60), rng.randint(10, 60)
    real = Fr(rng.randint(10, 200), 10)
    vw = Fr(a * b * c, 6000)
    charged = max(real, vw)
    text = (f"어느 택배 회사는 실제 무게와 부피 무게 중 더 큰 값을 청구 무게로 한다. 부피 무게(kg)는 (가로 × 세로 × 높이) ÷ 6000 (길이 단위: cm)으로 계산한다. "
            f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm이고 실제 무게가 {_dec(real)} kg인 상자의 청구 무게를 {_end(rng)} (소수 둘째 자리에서 반올림)")
    ans = f"{_r(charged, 1)} kg"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["부피", "kg", "반올림"], check=lambda: charged >= real and charged >= vw)


@family(_S35, "cone-pile-volume")
def _cone_pile(rng: random.Random) -> Problem:
    r = Fr(rng.choice([10, 15, 20, 25, 30, 40]), 10)
    h = Fr(rng.choice([6, 9, 12, 15, 18]), 10)
    vol = Fr(1, 3) * _PI * r * r * h
    place, pile = rng.choice([("공사 현장", "모래"), ("골재 야적장", "자갈"), ("염전", "소금"), ("농장", "퇴비"), ("제재소", "톱밥")])
    text = (f"{place}에 쌓아 둔 {pile} 더미가 밑면의 반지름이 {_dec(r)} m, 높이가 {_dec(h)} m인 원뿔 모양이다. 이 {pile} 더미의 부피를 {_end(rng)} (원주율은 3.14)")
    return Problem(also=["9수03-08"], text=text, answer=f"{_dec(vol)} m³" if (vol * 10 ** 6).denominator == 1 else f"약 {_r(vol, 2)} m³", format="word",
                   difficulty=3, achievement_level="C", concepts=["원뿔", "부피", "원주율", "m³"], check=lambda: vol * 3 == _PI * r * r * h)


@family(_S35, "cube-box-compare-mcq")
def _cube_mcq(rng: random.Random) -> Problem:
    a = rng.randint(3, 12)
    mode = rng.choice(["surf_from_vol", "vol_from_surf"])
    if mode == "surf_from_vol":
        vol = a ** 3
        correct = f"{num(6 * a * a)} cm²"
        bad = [f"{num(4 * a * a)} cm²", f"{num(a * a)} cm²", f"{num(6 * a)} cm²", f"{num(12 * a)} cm²", f"{num(6 * (a + 1) ** 2)} cm²",
               f"{num(2 * a * a)} cm²"]
        text = f"부피가 {num(vol)} cm³인 정육면체 모양 선물 상자의 겉넓이는?"
    else:
        surf = 6 * a * a
        correct = f"{num(a ** 3)} cm³"
        bad = [f"{num(a * a)} cm³", f"{num(surf)} cm³", f"{num((a + 1) ** 3)} cm³", f"{num(6 * a)} cm³", f"{num(a ** 2 * 4)} cm³",
               f"{num(2 * a ** 3)} cm³", f"{num((a - 1) ** 3)} cm³"]
        text = f"겉넓이가 {num(surf)} cm²인 정육면체 모양 포장 상자의 부피는?"
    ch = choices(rng, correct, bad, sort_key=lambda o: int(o.split()[0].replace(",", "")))
    return Problem(also=["9수03-08"], text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", choice=ch, difficulty=2, achievement_level="C",
                   concepts=["정육면체", "겉넓이", "부피"], check=lambda: ch.options[ch.correct] == correct)


# =================================================================================================
# 12직수04-01 직무 상황의 경우의 수 (상품 구성, 진열, 좌석 배치, 근무 편성)
# =================================================================================================
_S41, _S42, _S43, _S44, _S45 = "12직수04-01", "12직수04-02", "12직수04-03", "12직수04-04", "12직수04-05"
_MID_COUNT = "9수04-05"


@family(_S41, "set-menu-product-rule")
def _set_menu(rng: random.Random) -> Problem:
    parts = rng.sample([("음료", ["아메리카노", "라테", "녹차", "아이스티", "에이드", "스무디"]),
                        ("디저트", ["쿠키", "머핀", "케이크", "스콘", "마카롱"]),
                        ("샌드위치", ["햄", "에그", "치킨", "베지"]),
                        ("사이즈", ["레귤러", "라지"])], rng.choice([2, 3]))
    counts = [rng.randint(2, len(opts)) for _, opts in parts]
    tot = 1
    for c in counts:
        tot *= c
    lst = ", ".join(f"{k} {c}가지" for (k, _), c in zip(parts, counts, strict=True))
    cafe = rng.choice(["카페", "베이커리", "사내 카페", "브런치 가게"])
    text = rng.choice([
        f"{cafe}에서 {lst} 중에서 각각 하나씩 골라 세트 메뉴를 구성하려고 한다. 만들 수 있는 세트 메뉴는 모두 몇 가지인지 {_end(rng)}",
        f"{cafe} 점장이 신메뉴 세트를 기획하고 있다. 세트는 {', '.join(k for k, _ in parts)}를 한 가지씩 고르는 방식이고, 선택할 수 있는 종류는 {lst}이다. "
        f"서로 다른 세트는 몇 가지입니까?",
    ])
    fmt = "word"
    if rng.random() < 0.35:
        boxes = " × ".join("□" for _ in counts)
        text = (f"{cafe}에서 {lst} 중에서 각각 하나씩 골라 세트 메뉴를 구성하려고 한다. 만들 수 있는 세트 메뉴의 수를 구하는 다음 식의 □ 안에 "
                f"알맞은 수를 써넣으시오.\n{boxes} = □(가지)")
        fmt = "fill"
        return Problem(text=text, answer=" × ".join(map(str, counts)) + f" = {tot}", format=fmt, difficulty=1, achievement_level="E",
                       concepts=["곱의 법칙"], also=[_MID_COUNT], check=lambda: tot == _m.prod(counts))
    return Problem(text=text, answer=f"{tot}가지", format=fmt, difficulty=1, achievement_level="D",
                   concepts=["곱의 법칙"], also=[_MID_COUNT], check=lambda: tot == _m.prod(counts))


@family(_S41, "shelf-arrangement-condition")
def _shelf(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 5])
    items = rng.sample(["샴푸", "린스", "트리트먼트", "헤어 오일", "왁스", "에센스"] if rng.random() < 0.5 else
                       ["사과잼", "딸기잼", "꿀", "땅콩버터", "유자청", "블루베리잼"], n)
    cond = rng.choice(["none", "end", "together"])
    if cond == "none":
        ans = _m.factorial(n)
        ctext = ""
    elif cond == "end":
        ans = _m.factorial(n - 1)
        ctext = f" 단, {josa(items[0], '은/는')} 맨 왼쪽에 놓는다."
    else:
        ans = _m.factorial(n - 1) * 2
        ctext = f" 단, {josa(items[0], '과/와')} {josa(items[1], '은/는')} 서로 이웃하게 놓는다."
    text = rng.choice([
        f"매장 진열대 한 칸에 {', '.join(items)} {n}가지 제품을 한 줄로 나란히 진열하려고 한다.{ctext} 진열하는 방법은 모두 몇 가지인지 {_end(rng)}",
        f"{', '.join(items)}을 쇼윈도에 일렬로 놓으려고 한다.{ctext} 놓는 순서를 정하는 방법의 수를 {_end(rng)}",
        f"신입 직원이 {n}가지 제품({', '.join(items)})의 진열 순서를 정하고 있다.{ctext} 가능한 진열 방법은 몇 가지입니까?",
    ])
    text = text.replace(f"{items[-1]}을 쇼윈도", josa(items[-1], "을/를") + " 쇼윈도")
    brute = sum(1 for p in __import__("itertools").permutations(items)
                if cond == "none" or (cond == "end" and p[0] == items[0]) or (cond == "together" and abs(p.index(items[0]) - p.index(items[1])) == 1))
    return Problem(text=text, answer=f"{ans}가지", format="word", difficulty=2 if cond == "none" else 3,
                   achievement_level="C" if cond == "none" else "B", concepts=["곱의 법칙"], also=[_MID_COUNT], check=lambda: brute == ans)


@family(_S41, "choose-workers")
def _choose(rng: random.Random) -> Problem:
    n = rng.randint(4, 7)
    mode = rng.choice(["roles", "team"])
    job = rng.choice(["물류 센터", "미용실", "제조 공장", "카페"])
    if mode == "roles":
        roles = rng.choice([("팀장", "부팀장"), ("오전 담당", "오후 담당"), ("검수 담당", "포장 담당")])
        ans = n * (n - 1)
        text = f"{job} 직원 {n}명 중에서 {roles[0]} 1명과 {roles[1]} 1명을 뽑는 방법은 모두 몇 가지인지 {_end(rng)} (한 사람이 두 역할을 맡을 수는 없다.)"
    else:
        ans = n * (n - 1) // 2
        text = f"{job} 직원 {n}명 중에서 주말 근무를 할 2명을 뽑는 방법은 모두 몇 가지인지 {_end(rng)} (뽑힌 두 사람은 같은 일을 한다.)"
    brute = sum(1 for i in range(n) for j in range(n) if i != j) // (1 if mode == "roles" else 2)
    return Problem(text=text, answer=f"{ans}가지", format="word", difficulty=2, achievement_level="C",
                   concepts=["곱의 법칙"], also=[_MID_COUNT], check=lambda: brute == ans)


@family(_S41, "delivery-routes")
def _routes(rng: random.Random) -> Problem:
    a, b = rng.randint(2, 5), rng.randint(2, 5)
    d = rng.randint(0, 3)
    A, B, C = rng.choice([("물류 센터", "중간 집하장", "배송지"), ("공장", "항구", "해외 거래처 창고"), ("농장", "공판장", "대형 마트")])
    tot = a * b + d
    direct = f" 또 {A}에서 {B}를 거치지 않고 {C}로 바로 가는 길이 {d}가지 있다." if d else ""
    text = (f"{A}에서 {B}로 가는 길은 {a}가지, {B}에서 {C}로 가는 길은 {b}가지이다.{direct} {A}에서 {C}까지 가는 방법은 모두 몇 가지인지 {_end(rng)} "
            "(같은 곳을 두 번 지나지 않는다.)")
    text = text.replace(f"{B}를", josa(B, "을/를")).replace(f"{C}로", josa(C, "으로/로")).replace(f"{B}로", josa(B, "으로/로"))
    fmt = "word"
    if rng.random() < 0.4:
        rows = [[f"{A} → {B}", str(a)], [f"{B} → {C}", str(b)]] + ([[f"{A} → {C} (직행)", str(d)]] if d else [])
        text = (f"다음은 배송 경로별 길의 수를 정리한 표이다.\n{_tbl(['구간', '길의 수'], rows, rng)}\n"
                f"{A}에서 {C}까지 가는 방법은 모두 몇 가지인지 {_end(rng)} (같은 곳을 두 번 지나지 않는다.)")
        fmt = "data"
    return Problem(text=text, answer=f"{tot}가지", format=fmt, difficulty=2, achievement_level="C",
                   concepts=["합의 법칙", "곱의 법칙"], also=[_MID_COUNT], check=lambda: tot == len([(i, j) for i in range(a) for j in range(b)]) + d)


@family(_S41, "gift-box-composition")
def _gift(rng: random.Random) -> Problem:
    kinds = rng.sample(["사과", "배", "한라봉", "샤인머스캣", "복숭아", "감"] if rng.random() < 0.5 else
                       ["수제 비누", "핸드크림", "향초", "디퓨저", "입욕제"], rng.randint(4, 5))
    k = 2
    wraps = rng.randint(2, 4)
    combos = len(kinds) * (len(kinds) - 1) // 2
    tot = combos * wraps
    text = (f"{', '.join(kinds)} 중에서 서로 다른 {k}가지를 골라 한 상자에 담고, 포장지 {wraps}가지 중 하나로 포장하여 선물 세트를 만들려고 한다. "
            f"만들 수 있는 선물 세트는 모두 몇 가지인지 {_end(rng)}")
    brute = len([(x, y, w) for i, x in enumerate(kinds) for y in kinds[i + 1:] for w in range(wraps)])
    return Problem(text=text, answer=f"{tot}가지", format="word", difficulty=3, achievement_level="B",
                   concepts=["곱의 법칙"], also=[_MID_COUNT], check=lambda: brute == tot)


@family(_S41, "meeting-seat-together")
def _seat_together(rng: random.Random) -> Problem:
    n = rng.choice([4, 5])
    ppl = rng.sample(["김 과장", "이 대리", "박 주임", "최 사원", "정 팀장", "한 대리"], n)
    a, b = ppl[0], ppl[1]
    mode = rng.choice(["together", "apart"])
    import itertools as _it
    perms = list(_it.permutations(range(n)))
    adj = sum(1 for p in perms if abs(p.index(0) - p.index(1)) == 1)
    ans = adj if mode == "together" else len(perms) - adj
    cond = "서로 이웃하여 앉는" if mode == "together" else "서로 이웃하지 않게 앉는"
    text = (f"회의실의 일렬로 놓인 의자 {n}개에 {', '.join(ppl)} {n}명이 앉으려고 한다. {josa(a, '과/와')} {josa(b, '이/가')} {cond} 방법은 모두 몇 가지인지 {_end(rng)}")
    formula = _m.factorial(n - 1) * 2
    return Problem(text=text, answer=f"{ans}가지", format="word", difficulty=3, achievement_level="B",
                   concepts=["곱의 법칙"], also=[_MID_COUNT],
                   check=lambda: ans == (formula if mode == "together" else _m.factorial(n) - formula))


@family(_S41, "product-code-count")
def _code(rng: random.Random) -> Problem:
    letters = rng.choice([3, 4, 5])
    digits = rng.choice([2, 3])
    rep = rng.choice([True, False])
    if rep:
        tot = letters * 10 ** digits
        rtxt = "숫자는 같은 것을 여러 번 써도 된다"
        check_v = letters * len([1 for _ in range(10 ** digits)])
    else:
        tot = letters * _m.perm(10, digits)
        rtxt = "숫자는 서로 달라야 한다"
        check_v = letters * len([t for t in __import__("itertools").permutations(range(10), digits)])
    lts = ", ".join(["A", "B", "C", "D", "E"][:letters])
    text = (f"창고에서 물품 코드를 영문자 1개 다음에 숫자 {digits}개를 이어 붙여 만든다. 영문자는 {lts} 중 하나를 쓰고, 숫자는 0부터 9까지 쓰며 {rtxt}. "
            f"만들 수 있는 물품 코드는 모두 몇 개인지 {_end(rng)}")
    return Problem(text=text, answer=f"{num(tot)}개", format="word", difficulty=3, achievement_level="C",
                   concepts=["곱의 법칙"], also=[_MID_COUNT], check=lambda: check_v == tot)


@family(_S41, "sum-or-product-rule-mcq")
def _rule_choice(rng: random.Random) -> Problem:
    a, b = rng.randint(3, 8), rng.randint(2, 6)
    mode = rng.choice(["sum", "prod"])
    if mode == "sum":
        stem = (f"점심 도시락을 주문하려고 한다. 한식 도시락은 {a}종류, 양식 도시락은 {b}종류가 있다. 이 중 도시락 한 개를 고르는 방법의 수는?")
        correct = f"{a + b}가지"
    else:
        stem = (f"근무복을 맞추려고 한다. 상의는 {a}종류, 하의는 {b}종류 중에서 각각 하나씩 골라 한 벌로 맞추는 방법의 수는?")
        correct = f"{a * b}가지"
    bad = [f"{a + b}가지", f"{a * b}가지", f"{a}가지", f"{a * b * 2}가지", f"{a + b + 1}가지", f"{max(a, b)}가지",
           f"{a + b - 1}가지", f"{2 * (a + b)}가지", f"{a * b + 1}가지"]
    ch = choices(rng, correct, bad, sort_key=lambda o: int(o[:-2]))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", choice=ch, difficulty=1, achievement_level="D",
                   concepts=["합의 법칙", "곱의 법칙"], also=[_MID_COUNT], check=lambda: ch.options[ch.correct] == correct)


# =================================================================================================
# 12직수04-02 가능성의 수치화 (취소율, 불량률, 노쇼, 인상 가능성)
# =================================================================================================
def _frac_txt(x: Fr, sty: str) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    return f"$\\frac{{{x.numerator}}}{{{x.denominator}}}$" if sty == "latex" else f"{x.numerator}/{x.denominator}"


@family(_S42, "cancellation-likelihood-records")
def _cancel(rng: random.Random) -> Problem:
    months = ["3월", "4월", "5월", "6월"][: rng.choice([3, 4])]
    while True:
        book = [rng.randint(40, 120) for _ in months]
        canc = [rng.randint(2, b // 4) for b in book]
        p = Fr(sum(canc), sum(book))
        if (p * 100).denominator in (1, 2, 4, 5, 10, 20, 25, 50) or rng.random() < 0.4:
            break
    nxt = rng.choice([100, 200, 300, 500])
    biz = rng.choice(["펜션", "미용실", "렌터카 업체", "캠핑장", "레스토랑"])
    tb = _tbl(["월"] + months, [["예약 건수"] + [str(b) for b in book], ["취소 건수"] + [str(c) for c in canc]], rng)
    mode = rng.choice(["rate", "expect"])
    if mode == "rate":
        q = f"이 자료를 근거로 예약 1건이 취소될 가능성을 백분율로 나타내면 약 몇 %인지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"약 {_r(p * 100, 1)}%"
    else:
        q = f"이 자료를 근거로 할 때, 다음 성수기 예약 {nxt}건 중 취소될 것으로 예상되는 건수는 약 몇 건인지 반올림하여 일의 자리까지 {_end(rng)}"
        ans = f"약 {_r(p * nxt, 0)}건"
    text = rng.choice([f"다음은 어느 {biz}의 월별 예약 건수와 취소 건수이다.\n{tb}\n{q}",
                       f"{biz} 운영자가 예약 관리 프로그램에서 월별 예약과 취소 기록을 뽑아 보았다.\n{tb}\n{q}",
                       f"어느 {biz}의 예약 장부를 정리한 결과가 다음과 같다.\n{tb}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["가능성", "통계적 확률", "상대도수", "백분율"], check=lambda: p == Fr(sum(canc), sum(book)))


@family(_S42, "defect-expected-count")
def _defect_exp(rng: random.Random) -> Problem:
    n = rng.choice([500, 800, 1000, 2000, 2500, 4000])
    k = rng.randint(3, n // 40)
    p = Fr(k, n)
    m = rng.choice([3000, 5000, 10000, 20000])
    exp = p * m
    prod = rng.choice(["볼트", "유리병", "전자 부품", "LED 전구", "포장 용기"])
    sty = pick_style(rng)
    mode = rng.choice(["prob", "expect"])
    if mode == "prob":
        q = f"이 공정에서 {prod} 1개를 만들 때 불량품이 나올 확률을 기약분수로 {_end(rng)}"
        ans = _frac_txt(p, sty)
    else:
        q = f"같은 공정으로 {prod} {num(m)}개를 만들 때, 불량품은 약 몇 개 나올 것으로 예상되는지 {_end(rng)} (반올림하여 일의 자리까지)"
        ans = f"약 {_r(exp, 0)}개"
    text = rng.choice([f"어느 공장에서 최근 생산한 {prod} {num(n)}개를 검사하였더니 불량품이 {k}개였다. {q}",
                       f"품질 관리팀이 {prod} 표본 {num(n)}개를 뽑아 검사한 결과 {k}개가 불량이었다. {q}",
                       f"다음은 {prod} 생산 공정의 검사 기록이다.\n검사한 개수: {num(n)}개, 불량품: {k}개\n{q}"])
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["통계적 확률", "확률", "가능성"], check=lambda: exp == Fr(k * m, n))


_LIKELY = [(Fr(0), "불가능하다"), (Fr(1, 4), "~아닐 것 같다"), (Fr(1, 2), "반반이다"), (Fr(3, 4), "~일 것 같다"), (Fr(1), "확실하다")]


@family(_S42, "likelihood-words-mcq")
def _words(rng: random.Random) -> Problem:
    sits = [
        (Fr(0), "재고가 하나도 없는 상품을 오늘 택배로 발송하는 일"),
        (Fr(1), "모든 상자에 같은 제품만 들어 있을 때, 아무 상자나 열어 그 제품이 나오는 일"),
        (Fr(1, 2), "앞면과 뒷면이 나올 가능성이 같은 동전을 던져 앞면이 나오는 일"),
        (Fr(3, 4), "지난 100일 중 75일 동안 오전에 배송이 끝났을 때, 내일 오전에 배송이 끝나는 일"),
        (Fr(1, 4), "지난 40건의 주문 중 10건이 반품되었을 때, 다음 주문이 반품되는 일"),
        (Fr(0), "영업하지 않는 휴무일에 매장 매출이 생기는 일"),
        (Fr(1), "주사위를 던져 6 이하의 눈이 나오는 일"),
    ]
    val, sit = rng.choice(sits)
    correct = dict(_LIKELY)[val]
    ch = choices(rng, correct, [w for _, w in _LIKELY if w != correct], sort_key=[w for _, w in _LIKELY].index)
    text = f"다음 일이 일어날 가능성을 가장 알맞게 나타낸 말은?\n'{sit}'\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=1, achievement_level="E",
                   concepts=["가능성"], check=lambda: dict(_LIKELY)[val] == ch.options[ch.correct])


@family(_S42, "compare-supplier-ontime")
def _ontime(rng: random.Random) -> Problem:
    k = rng.choice([2, 3])
    sup = [f"{c} 업체" for c in rng.sample("가나다라", k)]
    while True:
        tot = [rng.randint(20, 120) for _ in sup]
        ok_ = [rng.randint(t * 6 // 10, t) for t in tot]
        rates = [Fr(o, t) for o, t in zip(ok_, tot, strict=True)]
        if len(set(rates)) == k and max(range(k), key=lambda i: ok_[i]) != max(range(k), key=lambda i: rates[i]):
            break
    best = max(range(k), key=lambda i: rates[i])
    tb = _tbl(["업체", "배송 건수", "제시간 도착 건수"], [[s, str(t), str(o)] for s, t, o in zip(sup, tot, ok_, strict=True)], rng)
    text = (f"다음은 원자재 납품 업체들의 지난 1년간 배송 기록이다.\n{tb}\n제시간 도착 건수가 많은 업체가 아니라, 다음 배송이 제시간에 도착할 가능성이 가장 높은 업체를 "
            f"고르려고 한다. 어느 업체를 골라야 하는지 쓰고, 그 가능성을 백분율로 반올림하여 소수 첫째 자리까지 {_end(rng)}")
    return Problem(text=text, answer=f"{sup[best]}, 약 {_r(rates[best] * 100, 1)}%", format="data", difficulty=3, achievement_level="B",
                   concepts=["가능성", "통계적 확률", "백분율"], check=lambda: rates[best] == max(rates))


@family(_S42, "weather-sales-likelihood")
def _weather(rng: random.Random) -> Problem:
    days = rng.randint(10, 30)
    hit = rng.randint(2, days - 2)
    past_day, past_ev, fut_day, fut_ev, place = rng.choice([
        ("최고 기온이 30 °C 이상인", "빙수 재료가 모두 팔린", "최고 기온이 30 °C 이상일 것으로 예보된", "빙수 재료가 모두 팔릴", "카페"),
        ("비가 온", "우산이 20개 이상 팔린", "비 예보가 있는", "우산이 20개 이상 팔릴", "편의점"),
        ("토요일인", "예약이 모두 찬", "토요일인", "예약이 모두 찰", "미용실"),
        ("미세 먼지 농도가 나쁨이었던", "마스크가 100개 이상 팔린", "미세 먼지 나쁨이 예보된", "마스크가 100개 이상 팔릴", "약국"),
    ])
    p = Fr(hit, days)
    sty = pick_style(rng)
    text = (f"어느 {place}의 지난 기록을 보니 {past_day} 날은 {days}일이었고, 그중 {past_ev} 날은 {hit}일이었다. 이 기록을 근거로 하여, {fut_day} 내일 "
            f"{fut_ev} 가능성을 수로 나타내고, 그 가능성이 '반반이다'보다 높은지 낮은지 {_end(rng, '쓰')}")
    judge = "높다" if p > Fr(1, 2) else "낮다" if p < Fr(1, 2) else "반반이다"
    return Problem(text=text, answer=f"{_frac_txt(p, sty)}, {judge}", format="word", difficulty=2, achievement_level="C",
                   concepts=["가능성", "통계적 확률"], check=lambda: (p > Fr(1, 2)) == (2 * hit > days))


@family(_S42, "no-show-overbooking")
def _noshow(rng: random.Random) -> Problem:
    seats = rng.choice([20, 30, 40, 50, 60, 80])
    rate = rng.choice([5, 10, 15, 20, 25])
    show = Fr(100 - rate, 100)
    maxb = int(Fr(seats) / show)
    while Fr(maxb + 1) * show <= seats:
        maxb += 1
    biz = rng.choice(["레스토랑", "공연장", "세미나", "미용 교육 강좌"])
    text = (f"어느 {biz}의 지난 기록에 따르면 예약한 사람 중 약 {rate}%가 연락 없이 오지 않았다. 좌석이 {seats}석일 때, 이 비율대로라면 예약을 최대 몇 건까지 받아야 "
            f"예상 참석 인원이 좌석 수를 넘지 않는지 {_end(rng)}")
    return Problem(text=text, answer=f"{maxb}건", format="word", difficulty=4, achievement_level="B",
                   concepts=["가능성", "백분율", "부등식"], check=lambda: maxb * show <= seats < (maxb + 1) * show)


@family(_S42, "prize-draw-probability")
def _draw(rng: random.Random) -> Problem:
    a, b, c = rng.randint(1, 5), rng.randint(3, 15), rng.randint(20, 80)
    n = a + b + c
    mode = rng.choice(["first", "any", "none"])
    sty = pick_style(rng)
    if mode == "first":
        p = Fr(a, n)
        q = "1등 쿠폰이 나올 확률"
    elif mode == "any":
        p = Fr(a + b, n)
        q = "당첨 쿠폰(1등 또는 2등)이 나올 확률"
    else:
        p = Fr(c, n)
        q = "꽝이 나올 확률"
    shop = rng.choice(["개업 행사", "고객 감사 이벤트", "미용실 재방문 이벤트", "농장 체험 행사"])
    text = rng.choice([
        f"{shop}에서 상자에 1등 쿠폰 {a}장, 2등 쿠폰 {b}장, 꽝 {c}장을 넣고 손님이 한 장을 뽑게 한다. 각 쿠폰이 뽑힐 가능성이 같을 때, {josa(q, '을/를')} {_end(rng)}",
        f"{shop}을 준비하는 직원이 추첨함에 1등 {a}장, 2등 {b}장, 꽝 {c}장의 쿠폰을 넣었다. 손님 한 명이 쿠폰 한 장을 뽑을 때 {josa(q, '은/는')} 얼마인가?",
    ])
    text = text.replace(f"{shop}을 준비", josa(shop, "을/를") + " 준비")
    return Problem(text=text, answer=_frac_txt(p, sty), format="computation", difficulty=2, achievement_level="D",
                   concepts=["확률", "수학적 확률", "가능성"], also=["9수04-06"], check=lambda: p * n in (a, a + b, c))


@family(_S42, "price-rise-likelihood-fill")
def _rise(rng: random.Random) -> Problem:
    years = rng.choice([10, 12, 15, 20])
    up = rng.randint(2, years - 1)
    item = rng.choice(["원두 수입 가격", "밀가루 도매가", "택배 운임", "비료 가격", "헤어 염모제 가격"])
    p = Fr(up, years)
    pct = p * 100
    text = (f"지난 {years}년 동안 {josa(item, '이/가')} 전년보다 오른 해는 {up}번이었다. 다음 □ 안에 알맞은 수를 써넣으시오.\n"
            f"이 자료를 근거로 하면 내년에 {josa(item, '이/가')} 오를 가능성은 □/{years}이고, 이를 백분율로 나타내면 약 □%이다. (백분율은 반올림하여 일의 자리까지)")
    return Problem(text=text, answer=f"{up}, {_r(pct, 0)}", format="fill", difficulty=2, achievement_level="D",
                   concepts=["가능성", "통계적 확률", "백분율"], check=lambda: pct == Fr(up * 100, years))


# =================================================================================================
# 12직수04-03 직무 자료를 목적에 맞게 표와 그래프로 정리하기
# =================================================================================================
@family(_S43, "merge-two-branch-tables")
def _merge(rng: random.Random) -> Problem:
    items = rng.sample(["아메리카노", "라테", "에이드", "스무디", "케이크", "쿠키"], 3)
    months = ["7월", "8월", "9월"]
    A = [[rng.randint(50, 400) for _ in months] for _ in items]
    B = [[rng.randint(50, 400) for _ in months] for _ in items]
    tA = _tbl(["메뉴"] + months, [[it] + [str(v) for v in row] for it, row in zip(items, A, strict=True)], rng)
    tB = _tbl(["메뉴"] + months, [[it] + [str(v) for v in row] for it, row in zip(items, B, strict=True)], rng)
    i, j = rng.randrange(3), rng.randrange(3)
    mode = rng.choice(["cell", "item_total", "best"])
    if mode == "cell":
        q = f"두 지점의 표를 하나의 표(두 지점 합계)로 정리할 때, {items[i]}의 {months[j]} 칸에 들어갈 수를 {_end(rng)}"
        ans = str(A[i][j] + B[i][j])
    elif mode == "item_total":
        q = f"두 지점을 합하여 메뉴별 3개월 판매량 합계를 나타내는 표를 만들 때, {items[i]}의 합계를 {_end(rng)}"
        ans = str(sum(A[i]) + sum(B[i]))
    else:
        tots = [sum(A[t]) + sum(B[t]) for t in range(3)]
        if len(set(tots)) < 3:
            A[0][0] += 1
            tots = [sum(A[t]) + sum(B[t]) for t in range(3)]
            tA = _tbl(["메뉴"] + months, [[it] + [str(v) for v in row] for it, row in zip(items, A, strict=True)], rng)
        k = max(range(3), key=lambda t: tots[t])
        q = f"두 표를 메뉴별 3개월 합계 하나의 표로 정리하고, 두 지점을 합쳐 가장 많이 팔린 메뉴와 그 판매량을 {_end(rng)}"
        ans = f"{items[k]}, {num(tots[k])}{'개' if items[k] in ('케이크', '쿠키') else '잔'}"
    text = rng.choice([f"다음은 어느 카페 두 지점의 분기별 메뉴 판매량이다.\n[본점]\n{tA}\n[역점]\n{tB}\n{q}",
                       f"카페 본사 직원이 두 지점에서 따로 보내온 3분기 판매 기록을 받았다. (단위: 잔 또는 개)\n[본점]\n{tA}\n[역점]\n{tB}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["표", "덧셈"], check=lambda: A[i][j] + B[i][j] > 0)


@family(_S43, "circle-graph-angles")
def _circle_graph(rng: random.Random) -> Problem:
    cats = rng.choice([["카드", "현금", "간편 결제", "상품권"], ["20대", "30대", "40대", "50대 이상"],
                       ["택배", "퀵서비스", "직접 배송", "방문 수령"], ["커트", "펌", "염색", "클리닉"]])
    pcts = rng.choice([[40, 30, 20, 10], [35, 25, 25, 15], [45, 30, 15, 10], [50, 25, 15, 10], [30, 30, 25, 15]])
    rng.shuffle(pcts)
    tot = rng.choice([200, 300, 400, 500, 800])
    cnt = [tot * p // 100 for p in pcts]
    i = rng.randrange(4)
    mode = rng.choice(["pct_angle", "fill_row"])
    tb = _tbl(["항목"] + cats + ["합계"], [["건수"] + [str(c) for c in cnt] + [str(tot)]], rng)
    if mode == "pct_angle":
        q = f"이 자료를 원그래프로 나타낼 때, {cats[i]}이 차지하는 백분율과 중심각의 크기를 {_end(rng)}".replace(f"{cats[i]}이", josa(cats[i], "이/가"))
        ans = f"{pcts[i]}%, {pcts[i] * 360 // 100}°"
        fmt = "data"
    else:
        q = "원그래프를 그리기 위해 다음 표의 빈칸을 채우시오.\n" + _tbl(["항목"] + cats, [["백분율(%)"] + ["(    )"] * 4, ["중심각(°)"] + ["(    )"] * 4], rng)
        ans = "백분율: " + ", ".join(f"{c} {p}%" for c, p in zip(cats, pcts, strict=True)) + " / 중심각: " + ", ".join(
            f"{c} {p * 360 // 100}°" for c, p in zip(cats, pcts, strict=True))
        fmt = "fill"
    text = f"다음은 어느 매장의 한 달 자료를 항목별로 정리한 표이다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C",
                   concepts=["원그래프", "백분율", "표"], check=lambda: sum(cnt) == tot and sum(pcts) == 100)


@family(_S43, "band-graph-lengths")
def _band(rng: random.Random) -> Problem:
    L = rng.choice([10, 15, 20, 25])
    pcts = rng.choice([[40, 30, 20, 10], [50, 20, 20, 10], [30, 30, 20, 20], [60, 20, 12, 8], [44, 28, 16, 12]])
    cats = rng.sample(["수도권", "충청권", "영남권", "호남권", "강원·제주"], 4)
    seg = [Fr(L * p, 100) for p in pcts]
    i = rng.randrange(4)
    text = (f"어느 물류 회사의 지역별 배송 물량 비율은 {', '.join(f'{c} {p}%' for c, p in zip(cats, pcts, strict=True))}이다. 전체 길이가 {L} cm인 띠그래프로 나타낼 때, "
            f"{josa(cats[i], '이/가')} 차지하는 부분의 길이는 몇 cm인지 {_end(rng)}")
    return Problem(text=text, answer=f"{_dec(seg[i])} cm", format="word", difficulty=2, achievement_level="D",
                   concepts=["띠그래프", "백분율"], check=lambda: sum(seg) == L)


_GRAPH_PURPOSE = [
    ("월별 매출액이 어떻게 변하는지 한눈에 보여 주려고 한다.", "꺾은선그래프"),
    ("여러 지점의 이번 달 판매량을 서로 비교하려고 한다.", "막대그래프"),
    ("전체 매출에서 메뉴별 매출이 차지하는 비율을 나타내려고 한다.", "원그래프"),
    ("광고비와 매출액 사이에 어떤 관계가 있는지 알아보려고 한다.", "산점도"),
    ("신제품의 가격, 디자인, 품질, 내구성, 서비스 다섯 항목의 평가 점수를 한 도형으로 나타내려고 한다.", "방사형그래프"),
    ("지역별 농산물 생산량을 지도 위에 그림의 크기와 개수로 나타내려고 한다.", "그림그래프"),
]


@family(_S43, "choose-graph-type-mcq")
def _graph_type(rng: random.Random) -> Problem:
    purpose, g = rng.choice(_GRAPH_PURPOSE)
    ch = choices(rng, g, [x for _, x in _GRAPH_PURPOSE if x != g])
    who = rng.choice(["마케팅 팀", "매장 관리자", "영업 사원", "농협 직원", "생산 관리자"])
    text = f"{josa(who, '이/가')} 보고서를 쓰면서 다음과 같은 목적으로 그래프를 그리려고 한다. 가장 알맞은 그래프는?\n목적: {purpose}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=1, achievement_level="D",
                   concepts=["그래프", g], check=lambda: dict(_GRAPH_PURPOSE)[purpose] == ch.options[ch.correct])


@family(_S43, "tally-to-frequency-table")
def _tally(rng: random.Random) -> Problem:
    ctx, cats = rng.choice([(("오늘 들어온 주문의 상품 유형", "상품 유형"), ["A", "B", "C", "D"]), (("오늘 미용실 시술 기록", "시술"), ["커트", "펌", "염색"]),
                            (("오늘 발송한 택배 상자 크기", "크기"), ["소형", "중형", "대형"]), (("검수한 제품의 상태", "상태"), ["정상", "긁힘", "찌그러짐", "오염"])])
    n = rng.randint(15, 24)
    recs = [rng.choice(cats) for _ in range(n)]
    for c in cats:
        if c not in recs:
            recs[rng.randrange(n)] = c
    cnt = {c: recs.count(c) for c in cats}
    i = rng.choice(cats)
    text = (f"다음은 {ctx[0]}을 차례로 기록한 것이다.\n{', '.join(recs)}\n"
            f"이 기록을 {ctx[1]}별 건수를 나타내는 표로 정리할 때, {i}의 건수와 전체 건수를 {_end(rng)}").replace(f"{ctx[0]}을", josa(ctx[0], "을/를"))
    return Problem(text=text, answer=f"{i} {cnt[i]}건, 전체 {n}건", format="data", difficulty=1, achievement_level="E",
                   concepts=["표", "도수"], check=lambda: sum(cnt.values()) == n)


@family(_S43, "pictograph-icons")
def _picto(rng: random.Random) -> Problem:
    big, small = rng.choice([(100, 10), (1000, 100), (10, 1)])
    v = rng.randint(1, 9) * big + rng.randint(0, 9) * small
    unit = rng.choice([("상자", "사과 출하량"), ("대", "지역별 차량 판매량"), ("명", "지점별 방문 고객 수"), ("kg", "농가별 수확량")])
    u = " kg" if unit[0] == "kg" else unit[0]
    text = (f"{josa(unit[1], '을/를')} 그림그래프로 나타내려고 한다. 큰 그림 1개는 {num(big)}{u}, 작은 그림 1개는 {num(small)}{u}를 나타낸다. "
            f"{josa(num(v) + u, '을/를')} 나타내려면 큰 그림과 작은 그림을 각각 몇 개 그려야 하는지 {_end(rng)} (그림의 수가 가장 적도록)")
    text = text.replace(f"{num(small)}{u}를", josa(f"{num(small)}{u}", "을/를"))
    return Problem(text=text, answer=f"큰 그림 {v // big}개, 작은 그림 {(v % big) // small}개", format="word", difficulty=1, achievement_level="D",
                   concepts=["그림그래프"], check=lambda: (v // big) * big + ((v % big) // small) * small == v)


@family(_S43, "cross-tab-from-records")
def _crosstab(rng: random.Random) -> Problem:
    rows_l = rng.sample(["본점", "역점", "시청점"], 2)
    cols_l = rng.choice([["택배", "방문 수령"], ["오전", "오후"], ["남", "여"], ["신규", "재방문"]])
    n = rng.randint(10, 16)
    recs = [(rng.choice(rows_l), rng.choice(cols_l)) for _ in range(n)]
    r, c = rng.choice(rows_l), rng.choice(cols_l)
    v = sum(1 for x in recs if x == (r, c))
    lst = " / ".join(f"{a}-{b}" for a, b in recs)
    text = (f"다음은 오늘 들어온 주문 {n}건을 '지점-{'·'.join(cols_l)} 구분' 형식으로 기록한 것이다.\n{lst}\n"
            f"이 기록을 가로에 {'·'.join(cols_l)} 구분, 세로에 지점을 쓴 표(교차표)로 정리할 때, {r}의 {c} 칸에 들어갈 수를 {_end(rng)}")
    return Problem(text=text, answer=str(v), format="data", difficulty=2, achievement_level="C",
                   concepts=["표"], check=lambda: v == [x for x in recs].count((r, c)))


@family(_S43, "graph-scale-choice")
def _scale(rng: random.Random) -> Problem:
    cells = rng.choice([8, 10, 12])
    mx = rng.randint(30, 900)
    opts = [1, 2, 5, 10, 20, 50, 100, 200]
    best = min(o for o in opts if o * cells >= mx)
    ch = choices(rng, str(best), [str(o) for o in opts if o != best], sort_key=int)
    what = rng.choice(["월별 판매량(개)", "지점별 고객 수(명)", "분기별 생산량(상자)"])
    text = (f"{josa(what, '을/를')} 막대그래프로 그리려고 한다. 자료의 가장 큰 값은 {mx}이고, 세로축 눈금은 {cells}칸까지 그릴 수 있다. 모든 자료를 나타낼 수 있으면서 "
            f"막대가 가장 크게 보이도록 할 때, 눈금 한 칸의 크기로 알맞은 것은?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=3, achievement_level="C",
                   concepts=["막대그래프"], check=lambda: best * cells >= mx and (opts[opts.index(best) - 1] * cells < mx if best != 1 else True))


# =================================================================================================
# 12직수04-04 직무 상황의 표와 그래프 해석 (명렬표, 비율표, 산점도, 방사형그래프)
# =================================================================================================
_DEPTS = ["영업팀", "생산팀", "물류팀", "디자인팀"]
_CERTS = ["지게차", "컴퓨터활용", "미용사", "바리스타", "없음"]


@family(_S44, "roster-count-condition")
def _roster(rng: random.Random) -> Problem:
    n = rng.randint(7, 10)
    ppl = rng.sample(["김민수", "이서연", "박지호", "최하은", "정도윤", "강수아", "조예준", "윤지우", "장시우", "임서윤", "한주원", "오하린"], n)
    depts = [rng.choice(_DEPTS[:3]) for _ in ppl]
    years = [rng.randint(2015, 2024) for _ in ppl]
    certs = [rng.choice(_CERTS) for _ in ppl]
    tb = _tbl(["이름", "부서", "입사 연도", "자격증"], [[p, d, str(y), c] for p, d, y, c in zip(ppl, depts, years, certs, strict=True)], rng)
    d0 = rng.choice(depts)
    y0 = rng.choice(sorted(set(years)))
    mode = rng.choice(["dept_year", "cert", "dept_cert"])
    if mode == "dept_year":
        v = sum(1 for d, y in zip(depts, years, strict=True) if d == d0 and y <= y0)
        q = f"{d0} 직원 중 {y0}년 이전(그해 포함)에 입사한 직원은 몇 명인지 {_end(rng)}"
    elif mode == "cert":
        v = sum(1 for c in certs if c != "없음")
        q = f"자격증을 하나 이상 가진 직원은 몇 명인지 {_end(rng)}"
    else:
        v = sum(1 for d, c in zip(depts, certs, strict=True) if d == d0 and c == "없음")
        q = f"{d0}에서 자격증이 없는 직원은 몇 명인지 {_end(rng)}"
    text = rng.choice([f"다음은 어느 회사 직원 명렬표의 일부이다.\n{tb}\n{q}",
                       f"인사 담당자가 교육 대상자를 정하려고 직원 명단을 정리하였다.\n{tb}\n{q}",
                       f"다음 직원 명렬표를 보고 물음에 답하시오.\n{tb}\n{q}"])
    return Problem(text=text, answer=f"{v}명", format="data", difficulty=1, achievement_level="D",
                   concepts=["표"], check=lambda: 0 <= v <= n)


@family(_S44, "find-error-in-ratio-table")
def _fix_table(rng: random.Random) -> Problem:
    cats = rng.sample(["서울", "경기", "부산", "대구", "광주", "대전"], 4)
    pcts = rng.choice([[40, 25, 20, 15], [35, 30, 20, 15], [30, 30, 25, 15], [45, 25, 20, 10]])
    tot = rng.choice([400, 600, 800, 1200, 2000])
    cnt = [tot * p // 100 for p in pcts]
    k = rng.randrange(4)
    kind = rng.choice(["pct", "cnt", "total"])
    shown_cnt, shown_pct, shown_tot = list(cnt), list(pcts), tot
    if kind == "pct":
        shown_pct[k] = pcts[k] + rng.choice([-5, 5, 10])
        fix = f"{cats[k]}의 비율 {shown_pct[k]}% → {pcts[k]}%"
    elif kind == "cnt":
        shown_cnt[k] = cnt[k] + rng.choice([-1, 1]) * tot // 20
        fix = f"{cats[k]}의 판매량 {num(shown_cnt[k])} → {num(cnt[k])}"
    else:
        shown_tot = tot + rng.choice([-1, 1]) * tot // 10
        fix = f"합계 {num(shown_tot)} → {num(tot)}"
    rows = [[c, num(n_), f"{p}%"] for c, n_, p in zip(cats, shown_cnt, shown_pct, strict=True)] + [["합계", num(shown_tot), "100%"]]
    tb = _tbl(["지역", "판매량(개)", "비율"], rows, rng)
    text = (f"다음은 신입 사원이 작성한 지역별 판매량 표이다. 이 표에는 잘못 적힌 곳이 한 군데 있다. 판매량, 비율, 합계는 서로 맞아야 한다고 할 때, 틀린 곳을 찾아 바르게 "
            f"{rng.choice(['고치시오.', '고쳐 쓰시오.', '고쳐 보시오.'])}\n{tb}")
    return Problem(text=text, answer=fix, format="data", difficulty=4, achievement_level="B",
                   concepts=["표", "백분율", "비율"], check=lambda: sum(cnt) == tot and sum(pcts) == 100)


@family(_S44, "share-table-amount")
def _share_tbl(rng: random.Random) -> Problem:
    cos = rng.sample(["가 회사", "나 회사", "다 회사", "라 회사"], 3)
    pcts = rng.choice([[45, 35, 20], [50, 30, 20], [40, 35, 25], [55, 25, 20]])
    total = rng.choice([120, 200, 240, 400, 600]) * 100
    i, j = rng.sample(range(3), 2)
    tb = _tbl(["회사"] + cos, [["점유율(%)"] + [str(p) for p in pcts]], rng)
    prod = rng.choice(["커피 캡슐", "헤어 드라이어", "택배 상자", "스마트팜 센서"])
    text = (f"다음은 어느 지역 {prod} 시장의 회사별 점유율이다. 이 지역의 올해 전체 판매량은 {num(total)}개이다.\n{tb}\n"
            f"{josa(cos[i], '과/와')} {cos[j]}의 판매량의 차는 몇 개인지 {_end(rng)}")
    diff = abs(pcts[i] - pcts[j]) * total // 100
    return Problem(text=text, answer=f"{num(diff)}개", format="data", difficulty=2, achievement_level="C",
                   concepts=["백분율", "표"], check=lambda: diff == abs(total * pcts[i] // 100 - total * pcts[j] // 100))


@family(_S44, "scatter-interpret")
def _scatter(rng: random.Random) -> Problem:
    n = rng.randint(8, 10)
    slope = rng.choice([3, 4, 5])
    xs = rng.sample(range(10, 60), n)
    ys = [slope * x + rng.randint(-25, 25) + 50 for x in xs]
    pairs = list(zip(xs, ys, strict=True))
    tx, ty = rng.choice([30, 35, 40]), rng.choice([150, 180, 200])
    cnt = sum(1 for x, y in pairs if x >= tx and y >= ty)
    lst = ", ".join(f"({x}, {y})" for x, y in pairs)
    what = rng.choice([("광고비(만 원)", "매출액(만 원)"), ("교육 시간(시간)", "생산량(개)"), ("방문객 수(명)", "판매량(개)")])
    text = (f"다음은 어느 회사 지점들의 ({what[0]}, {what[1]})를 산점도로 나타낸 점의 좌표이다.\n{lst}\n"
            f"(1) 두 양 사이에는 어떤 관계가 있다고 볼 수 있는지 쓰시오.\n(2) {what[0].split('(')[0]}가 {tx} 이상이면서 {what[1].split('(')[0]}이 {ty} 이상인 지점은 몇 곳인지 {_end(rng)}")
    text = text.replace(f"{what[0].split('(')[0]}가", josa(what[0].split('(')[0], "이/가")).replace(f"{what[1].split('(')[0]}이 {ty}", josa(what[1].split('(')[0], "이/가") + f" {ty}")
    return Problem(text=text, answer=f"(1) 한 양이 커질수록 다른 양도 대체로 커지는 양의 상관관계 (2) {cnt}곳", format="data", difficulty=3,
                   achievement_level="C", concepts=["산점도", "상관관계"], check=lambda: cnt == len([p for p in pairs if p[0] >= tx and p[1] >= ty]))


@family(_S44, "radar-chart-compare")
def _radar(rng: random.Random) -> Problem:
    items = ["가격", "디자인", "품질", "내구성", "서비스"]
    a = [rng.randint(2, 10) for _ in items]
    b = [rng.randint(2, 10) for _ in items]
    while sum(a) == sum(b):
        b = [rng.randint(2, 10) for _ in items]
    diffs = [abs(x - y) for x, y in zip(a, b, strict=True)]
    k = max(range(5), key=lambda t: diffs[t])
    if diffs.count(diffs[k]) > 1:
        a[k] = min(10, a[k] + 1) if a[k] >= b[k] else max(1, a[k] - 1)
        diffs = [abs(x - y) for x, y in zip(a, b, strict=True)]
        k = max(range(5), key=lambda t: diffs[t])
    tb = _tbl(["항목"] + items, [["제품 A"] + [str(v) for v in a], ["제품 B"] + [str(v) for v in b]], rng)
    mode = rng.choice(["total", "gap"])
    if mode == "total" or diffs.count(diffs[k]) > 1:
        better = "제품 A" if sum(a) > sum(b) else "제품 B"
        q = f"다섯 항목의 점수를 모두 더한 값이 더 큰 제품과 그 합을 {_end(rng)}"
        ans = f"{better}, {max(sum(a), sum(b))}점"
    else:
        q = f"두 제품의 점수 차가 가장 큰 항목과 그 차를 {_end(rng)}"
        ans = f"{items[k]}, {diffs[k]}점"
    text = f"다음은 고객 평가단이 두 제품을 다섯 항목에 대해 10점 만점으로 평가하여 방사형그래프로 나타낸 값이다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["표", "그래프"], check=lambda: sum(a) != sum(b))


@family(_S44, "ratio-vs-amount-trap")
def _trap_ratio(rng: random.Random) -> Problem:
    t1 = rng.choice([400, 500, 600, 800])
    t2 = t1 + rng.choice([200, 300, 400, 600])
    p1 = rng.choice([30, 35, 40, 45])
    p2 = p1 - rng.choice([5, 10])
    a1, a2 = Fr(t1 * p1, 100), Fr(t2 * p2, 100)
    while a1 == a2:
        t2 += 100
        a2 = Fr(t2 * p2, 100)
    prod = rng.choice(["온라인 주문", "수출 물량", "예약 건수"])
    y1, y2 = 2023, 2024
    text = (f"어느 회사의 전체 {josa(prod, '은/는')} {y1}년 {num(t1)}건, {y2}년 {num(t2)}건이었다. 이 중 신제품이 차지하는 비율을 띠그래프로 나타냈더니 {y1}년 {p1}%, "
            f"{y2}년 {p2}%였다. 한 직원이 '신제품 {josa(prod, '이/가')} 줄었다'고 보고하였다. 두 해의 신제품 건수를 각각 구하여 이 보고가 옳은지 판단하시오.")
    verdict = "옳지 않다(늘었다)" if a2 > a1 else "옳다(줄었다)"
    return Problem(text=text, answer=f"{y1}년 {_dec(a1)}건, {y2}년 {_dec(a2)}건, {verdict}", format="proof", difficulty=4, achievement_level="A",
                   concepts=["띠그래프", "백분율", "비율"], check=lambda: (a2 > a1) == (t2 * p2 > t1 * p1))


@family(_S44, "weekly-table-average")
def _weekly(rng: random.Random) -> Problem:
    days = ["월", "화", "수", "목", "금", "토", "일"]
    while True:
        vals = [rng.randint(20, 90) for _ in days]
        avg = Fr(sum(vals), 7)
        if avg.denominator == 1:
            break
    above = [d for d, v in zip(days, vals, strict=True) if v > avg]
    tb = _tbl(["요일"] + days, [["판매량"] + [str(v) for v in vals]], rng)
    prod = rng.choice(["샐러드", "케이크", "도시락", "꽃다발"])
    text = (f"다음은 어느 가게의 지난주 요일별 {prod} 판매량이다.\n{tb}\n(1) 하루 평균 판매량을 구하시오.\n(2) 판매량이 평균보다 많은 요일을 모두 쓰시오.")
    return Problem(text=text, answer=f"(1) {avg}개 (2) {', '.join(above)}", format="data", difficulty=2, achievement_level="D",
                   concepts=["평균", "표"], check=lambda: avg * 7 == sum(vals))


@family(_S44, "table-statements-bogi")
def _tbl_bogi(rng: random.Random) -> Problem:
    cats = rng.sample(["A제품", "B제품", "C제품", "D제품"], 3)
    sales = [rng.randint(10, 60) * 10 for _ in cats]
    ret = [rng.randint(1, s // 20) for s in sales]
    while len(set(sales)) < 3 or len({Fr(r, s) for r, s in zip(ret, sales, strict=True)}) < 3:
        sales = [rng.randint(10, 60) * 10 for _ in cats]
        ret = [rng.randint(1, s // 20) for s in sales]
    rates = [Fr(r, s) for r, s in zip(ret, sales, strict=True)]
    tb = _tbl(["제품", "판매량(개)", "반품(개)"], [[c, str(s), str(r)] for c, s, r in zip(cats, sales, ret, strict=True)], rng)
    hi_s = max(range(3), key=lambda t: sales[t])
    hi_r = max(range(3), key=lambda t: rates[t])
    lo_r = min(range(3), key=lambda t: rates[t])
    hi_n = max(range(3), key=lambda t: ret[t])
    stmts = [
        (f"판매량이 가장 많은 제품은 {cats[hi_s]}이다.", True),
        (f"반품률이 가장 높은 제품은 {cats[hi_r]}이다.", True),
        (f"반품률이 가장 낮은 제품은 {cats[lo_r]}이다.", True),
        (f"반품률이 가장 높은 제품은 {cats[(hi_r + 1) % 3]}이다.", False),
        (f"판매량이 가장 많은 제품은 {cats[(hi_s + 1) % 3]}이다.", False),
        ("반품 개수가 가장 많은 제품이 반품률도 가장 높다.", hi_n == hi_r),
    ]
    good = [s for s, t in stmts if t]
    bad = [s for s, t in stmts if not t]
    k = rng.choice([1, 2, 3])
    k = max(3 - len(bad), min(k, len(good)))
    picked = [(s, True) for s in rng.sample(good, k)] + [(s, False) for s in rng.sample(bad, 3 - k)]
    rng.shuffle(picked)
    labs = ("ㄱ", "ㄴ", "ㄷ")
    sets = ("ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ")
    correct = ", ".join(lab for lab, (_, ok) in zip(labs, picked, strict=True) if ok)
    ch = choices(rng, correct, [x for x in sets if x != correct], sort_key=sets.index)
    block = "\n".join(["<보기>"] + [f"{lab}. {t}" for lab, (t, _) in zip(labs, picked, strict=True)])
    text = (f"다음은 어느 온라인 쇼핑몰의 제품별 판매량과 반품 개수이다. (반품률 = 반품 개수 ÷ 판매량)\n{tb}\n이 표에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은?\n{block}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=3, achievement_level="B",
                   concepts=["표", "비율"], check=lambda: bool(correct))


# =================================================================================================
# 12직수04-05 자료의 특성에 맞는 표·그래프와 합리적 의사 결정
# =================================================================================================
@family(_S45, "weighted-score-supplier")
def _weighted(rng: random.Random) -> Problem:
    crit = ["가격", "품질", "납기"]
    w = rng.choice([(50, 30, 20), (40, 40, 20), (30, 50, 20), (20, 50, 30), (40, 30, 30)])
    k = rng.choice([2, 3])
    sup = [f"{c} 업체" for c in rng.sample("가나다라", k)]
    while True:
        sc = [[rng.randint(5, 10) for _ in crit] for _ in sup]
        tot = [Fr(sum(s * ww for s, ww in zip(row, w, strict=True)), 100) for row in sc]
        plain = [sum(row) for row in sc]
        if len(set(tot)) == k:
            break
    best = max(range(k), key=lambda t: tot[t])
    tb = _tbl(["업체"] + crit, [[s] + [str(v) for v in row] for s, row in zip(sup, sc, strict=True)], rng)
    wt = ", ".join(f"{c} {x}%" for c, x in zip(crit, w, strict=True))
    job = rng.choice(["포장재", "원두", "식자재", "부품", "미용 제품"])
    text = (f"{job} 납품 업체를 선정하려고 세 항목을 10점 만점으로 평가하였다.\n{tb}\n항목별 중요도(가중치)를 {wt}로 정하여 가중 평균 점수가 가장 높은 업체를 선정할 때, "
            f"선정할 업체와 그 점수를 {_end(rng)}")
    return Problem(text=text, answer=f"{sup[best]}, {_dec(tot[best])}점", format="data", difficulty=3, achievement_level="B",
                   concepts=["표", "평균", "백분율"], check=lambda: tot[best] == max(tot) and len(plain) == k)


@family(_S45, "promotion-plan-profit")
def _promo(rng: random.Random) -> Problem:
    plans = ["전단지 배포", "SNS 광고", "할인 쿠폰", "시식 행사"]
    k = rng.choice([3, 4])
    ps = plans[:k]
    margin = rng.choice([1000, 1500, 2000, 2500])
    while True:
        cost = [rng.randint(5, 60) * 10000 for _ in ps]
        extra = [rng.randint(50, 600) for _ in ps]
        prof = [e * margin - c for e, c in zip(extra, cost, strict=True)]
        if len(set(prof)) == k and max(range(k), key=lambda t: extra[t]) != max(range(k), key=lambda t: prof[t]):
            break
    best = max(range(k), key=lambda t: prof[t])
    tb = _tbl(["홍보 방법", "비용(원)", "예상 추가 판매량(개)"], [[p, num(c), str(e)] for p, c, e in zip(ps, cost, extra, strict=True)], rng)
    text = (f"어느 매장에서 제품 1개를 팔 때마다 {_won(margin)}의 이익이 남는다. 다음 홍보 방법 중 하나를 고르려고 한다.\n{tb}\n"
            f"(예상 추가 이익) − (홍보 비용)이 가장 큰 방법을 고르고 그 금액을 {_end(rng)} (판매량이 가장 많은 방법이 항상 가장 좋은 것은 아니다.)")
    ans = f"{ps[best]}, {_won(prof[best])}" if prof[best] >= 0 else f"{ps[best]}, {_won(-prof[best])} 손실"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["표", "곱셈", "뺄셈"], check=lambda: prof[best] == max(e * margin - c for e, c in zip(extra, cost, strict=True)))


@family(_S45, "mean-vs-median-report")
def _mean_median(rng: random.Random) -> Problem:
    n = rng.choice([7, 9])
    vals = sorted(rng.randint(20, 40) for _ in range(n - 1))
    outlier = rng.randint(120, 200)
    data = vals + [outlier]
    data_sorted = sorted(data)
    shuffled = data[:]
    rng.shuffle(shuffled)
    mean = Fr(sum(data), n)
    med = data_sorted[n // 2]
    what = rng.choice([("배달 소요 시간", "분"), ("고객 대기 시간", "분"), ("주문 처리 시간", "분")])
    text = (f"다음은 어느 음식점의 주문 {n}건의 {josa(what[0], '을/를')} 기록한 것이다. (단위: {what[1]})\n{', '.join(map(str, shuffled))}\n"
            f"(1) 평균과 중앙값을 각각 구하시오. (평균은 반올림하여 소수 첫째 자리까지)\n(2) 손님에게 안내할 '보통 걸리는 시간'으로 어느 값이 더 알맞은지 그 이유와 함께 쓰시오.")
    ans = f"(1) 평균 약 {_r(mean, 1)}{what[1]}, 중앙값 {med}{what[1]} (2) 중앙값 — {outlier}{what[1]}처럼 매우 큰 값 하나 때문에 평균이 커졌으므로 중앙값이 대표값으로 알맞다."
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["평균", "중앙값", "대푯값"], check=lambda: mean > med)


@family(_S45, "order-quantity-from-demand")
def _order_qty(rng: random.Random) -> Problem:
    levels = [rng.randint(3, 6) * 10 + 10 * i for i in range(5)]
    levels = sorted(set(levels))
    while len(levels) < 5:
        levels.append(levels[-1] + 10)
    days = [rng.randint(1, 8) for _ in levels]
    total = sum(days)
    target = rng.choice([70, 75, 80, 90])
    cum = 0
    pick = levels[-1]
    for lv, d in zip(levels, days, strict=True):
        cum += d
        if Fr(cum, total) * 100 >= target:
            pick = lv
            break
    prod = rng.choice(["샌드위치", "생크림 케이크", "김밥", "샐러드"])
    tb = _tbl(["하루 판매량(개)"] + [str(v) for v in levels], [["날수(일)"] + [str(d) for d in days]], rng)
    text = (f"유통 기한이 하루인 {josa(prod, '을/를')} 파는 가게의 지난 {total}일 동안의 판매 기록이다.\n{tb}\n"
            f"표에 있는 판매량 중에서, 그만큼 준비했을 때 전체 날 가운데 {target}% 이상의 날에 모자라지 않는 가장 작은 양을 매일 준비하기로 하였다. 준비할 양을 {_end(rng)}")
    return Problem(text=text, answer=f"{pick}개", format="data", difficulty=4, achievement_level="A",
                   concepts=["표", "백분율", "도수"], check=lambda: Fr(sum(d for lv, d in zip(levels, days, strict=True) if lv <= pick), total) * 100 >= target)


@family(_S45, "machine-consistency-range")
def _machines(rng: random.Random) -> Problem:
    base = rng.choice([50, 100, 120, 200])
    n = 5
    while True:
        a = [base + rng.randint(-2, 2) for _ in range(n)]
        b = [base + rng.randint(-6, 6) for _ in range(n)]
        if sum(a) == sum(b) and max(b) - min(b) > max(a) - min(a):
            break
    swap = rng.random() < 0.5
    A, B = (b, a) if swap else (a, b)
    good = "B 기계" if swap else "A 기계"
    unit = rng.choice(["mm", "g"])
    prod = "나사의 길이" if unit == "mm" else "과자 한 봉지의 무게"
    tb = _tbl(["측정 순서", "1", "2", "3", "4", "5"], [["A 기계"] + [str(v) for v in A], ["B 기계"] + [str(v) for v in B]], rng)
    text = (f"두 기계로 만든 {prod}를 5개씩 측정하였다. (단위: {unit}, 목표값 {base} {unit})\n{tb}\n"
            f"두 기계의 평균과 범위(최댓값 − 최솟값)를 구하고, 품질이 더 고른 제품을 만드는 기계를 골라 그 이유를 {_end(rng, '쓰')}")
    ra, rb = max(A) - min(A), max(B) - min(B)
    ans = f"평균은 모두 {_dec(Fr(sum(A), n))} {unit}, 범위는 A {ra} {unit}, B {rb} {unit}; {good} — 평균은 같지만 범위가 작아 값이 고르다."
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["평균", "표"], check=lambda: sum(A) == sum(B) and (ra < rb) == (good == "A 기계"))


@family(_S45, "site-selection-per-rent")
def _site(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    sites = [f"후보지 {c}" for c in "ABCD"[:k]]
    while True:
        flow = [rng.randint(20, 90) * 100 for _ in sites]
        rent = [rng.randint(15, 60) * 10 for _ in sites]  # 만 원
        ratio = [Fr(f, r) for f, r in zip(flow, rent, strict=True)]
        if len(set(ratio)) == k and max(range(k), key=lambda t: flow[t]) != max(range(k), key=lambda t: ratio[t]):
            break
    best = max(range(k), key=lambda t: ratio[t])
    tb = _tbl(["후보지", "하루 유동 인구(명)", "월 임대료(만 원)"], [[s, num(f), str(r)] for s, f, r in zip(sites, flow, rent, strict=True)], rng)
    biz = rng.choice(["카페", "미용실", "편의점", "꽃집"])
    text = (f"{josa(biz, '을/를')} 새로 열 장소를 고르고 있다.\n{tb}\n월 임대료 1만 원당 하루 유동 인구가 가장 많은 곳을 고르기로 하였다. 어느 후보지를 골라야 하는지와 "
            f"그 값(반올림하여 소수 첫째 자리까지)을 {_end(rng)}")
    return Problem(text=text, answer=f"{sites[best]}, 약 {_r(ratio[best], 1)}명", format="data", difficulty=3, achievement_level="B",
                   concepts=["비율", "표"], also=[_S21], check=lambda: ratio[best] == max(ratio))


@family(_S45, "survey-decision-percent")
def _survey(rng: random.Random) -> Problem:
    depts = rng.sample(["영업팀", "생산팀", "물류팀", "관리팀"], 3)
    opts = rng.choice([["주 4일 근무", "시차 출퇴근", "재택근무"], ["한식 뷔페", "도시락", "외부 식당"], ["1박 2일 연수", "당일 체험", "사내 세미나"]])
    while True:
        tab = [[rng.randint(2, 20) for _ in opts] for _ in depts]
        col = [sum(tab[r][c] for r in range(3)) for c in range(3)]
        if len(set(col)) == 3:
            break
    tot = sum(col)
    best = max(range(3), key=lambda c: col[c])
    tb = _tbl(["부서"] + opts, [[d] + [str(v) for v in row] for d, row in zip(depts, tab, strict=True)], rng)
    text = (f"회사에서 직원들의 의견을 조사하여 다음과 같은 결과를 얻었다. (단위: 명)\n{tb}\n"
            f"부서별 결과를 합하여 전체 응답자 중 가장 많은 직원이 고른 안을 채택하려고 한다. 채택할 안과 그 안을 고른 직원의 비율(%)을 반올림하여 소수 첫째 자리까지 {_end(rng)}")
    return Problem(text=text, answer=f"{opts[best]}, 약 {_r(Fr(col[best] * 100, tot), 1)}%", format="data", difficulty=3, achievement_level="C",
                   concepts=["표", "백분율"], check=lambda: col[best] == max(col) and sum(col) == sum(map(sum, tab)))


_DECIDE = [
    ("지난 5년간 분기별 전기 요금의 변화를 보고 내년 예산을 세우려고 한다.", "꺾은선그래프"),
    ("올해 예산이 부서별로 어떤 비율로 나뉘었는지 발표하려고 한다.", "원그래프"),
    ("여러 지역 매장의 이번 달 매출액 크기를 비교하여 지원할 매장을 정하려고 한다.", "막대그래프"),
    ("직원의 근속 연수와 월 판매 실적 사이에 관계가 있는지 보고 교육 대상을 정하려고 한다.", "산점도"),
]


@family(_S45, "graph-for-decision-mcq")
def _decide_graph(rng: random.Random) -> Problem:
    sit, g = rng.choice(_DECIDE)
    pool = ["꺾은선그래프", "원그래프", "막대그래프", "산점도", "그림그래프", "방사형그래프"]
    ch = choices(rng, g, [x for x in pool if x != g])
    text = f"다음 의사 결정을 위해 자료를 나타낼 그래프로 가장 알맞은 것은?\n'{sit}'\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", choice=ch, difficulty=2, achievement_level="C",
                   concepts=["그래프", g], check=lambda: dict(_DECIDE)[sit] == ch.options[ch.correct])


@family(_S34, "room-list-flooring-estimate")
def _room_list(rng: random.Random) -> Problem:
    k = rng.choice([2, 3])
    names_ = rng.sample(["거실", "주방", "작은방", "안방", "사무실 A", "사무실 B", "휴게실"], k)
    dims = [(Fr(rng.randint(20, 70), 10), Fr(rng.randint(20, 60), 10)) for _ in names_]
    areas = [w * h for w, h in dims]
    price = rng.choice([18000, 25000, 32000, 41000])
    tot = sum(areas)
    cost = tot * price
    tb = _tbl(["공간", "가로(m)", "세로(m)"], [[n_, _dec(w), _dec(h)] for n_, (w, h) in zip(names_, dims, strict=True)], rng)
    text = (f"인테리어 업체가 다음 직사각형 공간들의 바닥에 장판을 시공하려고 견적을 내고 있다.\n{tb}\n시공비가 1 m²당 {_won(price)}일 때, 전체 바닥 넓이와 "
            f"시공비를 {_end(rng)} (시공비는 원 단위로 반올림)")
    return Problem(text=text, answer=f"{_dec(tot)} m², {num(int(_r(cost, 0)))}원", format="data", difficulty=3, achievement_level="C",
                   concepts=["넓이", "직사각형", "표"], check=lambda: tot == sum(w * h for w, h in dims))


@family(_S35, "box-table-best-fit")
def _box_table(rng: random.Random) -> Problem:
    labels = ["소형", "중형", "대형", "특대형"][: rng.choice([3, 4])]
    while True:
        dims = [tuple(rng.randint(15, 70) for _ in range(3)) for _ in labels]
        vols = [a * b * c for a, b, c in dims]
        if len(set(vols)) == len(labels):
            break
    order = sorted(range(len(labels)), key=lambda t: vols[t])
    dims = [dims[t] for t in order]
    vols = [vols[t] for t in order]
    need = rng.randint(vols[0] + 1, vols[-1] - 1)
    fit = next(i for i, v in enumerate(vols) if v >= need)
    tb = _tbl(["상자", "가로(cm)", "세로(cm)", "높이(cm)"], [[lab] + [str(x) for x in d] for lab, d in zip(labels, dims, strict=True)], rng)
    text = (f"포장 담당자가 부피가 {num(need)} cm³ 이상 필요한 물품을 상자에 담으려고 한다. (물품의 모양은 생각하지 않고 부피만 비교한다.)\n{tb}\n"
            f"조건을 만족하는 상자 중 부피가 가장 작은 상자와 그 부피를 {_end(rng)}")
    return Problem(text=text, answer=f"{labels[fit]}, {num(vols[fit])} cm³", format="data", difficulty=3, achievement_level="C",
                   concepts=["부피", "직육면체", "cm³", "표"], check=lambda: vols[fit] >= need and (fit == 0 or vols[fit - 1] < need))
