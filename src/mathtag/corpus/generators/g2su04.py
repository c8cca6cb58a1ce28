"""Grades 1–2, 자료와 가능성 (2수04-01 … 2수04-03): sorting objects by a criterion and counting,
organising data in a table, and drawing/reading ○, ×, / graphs.

Shares private helpers with ``g2su01``.
"""

from __future__ import annotations

import random

from mathtag.corpus.generators.base import Problem, elementary_level, family
from mathtag.corpus.generators.g2su01 import _kid, _table
from mathtag.corpus.korean import NAMES, josa
from mathtag.corpus.mcq import choices


def _kname(rng: random.Random) -> str:
    return _kid(rng.choice(NAMES))


_TOPICS = (
    ("좋아하는 과일", ("사과", "포도", "딸기", "귤", "바나나", "수박")),
    ("좋아하는 계절", ("봄", "여름", "가을", "겨울")),
    ("좋아하는 운동", ("축구", "줄넘기", "수영", "야구", "피구", "태권도")),
    ("기르고 싶은 동물", ("강아지", "고양이", "햄스터", "금붕어", "토끼")),
    ("좋아하는 색깔", ("빨간색", "파란색", "노란색", "초록색", "보라색")),
    ("가고 싶은 체험 학습 장소", ("동물원", "과학관", "놀이공원", "박물관", "수목원")),
    ("좋아하는 간식", ("떡볶이", "김밥", "과자", "아이스크림", "빵")),
)


def _survey(rng: random.Random, k: int | None = None, lo: int = 1, hi: int = 8) -> tuple[str, list[str], list[int]]:
    topic, cats = rng.choice(_TOPICS)
    k = k or rng.randint(3, min(5, len(cats)))
    cs = rng.sample(cats, k)
    counts = rng.sample(range(lo, hi + 1), k) if hi - lo + 1 >= k else [rng.randint(lo, hi) for _ in cs]
    return topic, cs, counts


def _graph(rng: random.Random, cats: list[str], counts: list[int], sym: str | None = None, rows: int | None = None) -> str:
    """A ○/×// graph drawn in text, horizontal (bars to the right) or vertical (bars upward)."""
    sym = sym or rng.choice(["○", "×", "/"])
    if rng.random() < 0.5:
        w = max(len(c) for c in cats)
        return "\n".join(f"{c.ljust(w)} | " + " ".join([sym] * n) for c, n in zip(cats, counts, strict=True))
    top = rows or max(counts)
    lines = []
    for lev in range(top, 0, -1):
        lines.append(f"{lev:>2} | " + " | ".join((sym if n >= lev else " ").center(max(2, len(c))) for c, n in zip(cats, counts, strict=True)) + " |")
    lines.append("   | " + " | ".join(c.center(max(2, len(c))) for c in cats) + " |")
    return "\n".join(lines)


def _particle_topic(topic: str) -> str:
    return topic


# -- 2수04-01 분류하기 ---------------------------------------------------------------------------
_ITEMS_ATTR = (  # name, colour, shape-ish, material
    ("빨간 단추", "빨간색", "구멍 2개"), ("파란 단추", "파란색", "구멍 4개"), ("노란 단추", "노란색", "구멍 2개"),
)
_COLS = ("빨간색", "파란색", "노란색", "초록색")
_SHAPES = ("원", "삼각형", "사각형")


def _cards(rng: random.Random, n: int) -> list[tuple[str, str]]:
    return [(rng.choice(_COLS[:3]), rng.choice(_SHAPES)) for _ in range(n)]


@family("2수04-01", "sort-cards-by-attribute")
def _f0401_cards(rng: random.Random) -> Problem:
    cards = _cards(rng, rng.randint(8, 12))
    by = rng.choice(["색깔", "모양"])
    listing = ", ".join(f"{c} {s}" for c, s in cards)
    if by == "색깔":
        target = rng.choice(sorted({c for c, _ in cards}))
        cnt = sum(1 for c, _ in cards if c == target)
    else:
        target = rng.choice(sorted({s for _, s in cards}))
        cnt = sum(1 for _, s in cards if s == target)
    thing = rng.choice(["도형 카드", "색종이 조각", "자석 조각"])
    text = rng.choice([f"{josa(thing, '을/를')} {josa(by, '을/를')} 기준으로 분류하려고 합니다. {josa(target, '인/인')[:-1]}인 것은 몇 개인가요?\n{listing}",
                       f"다음 {josa(thing, '을/를')} {by}에 따라 분류하여 세어 보세요. {josa(target, '은/는')} 모두 몇 개입니까?\n{listing}"])
    return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=2, achievement_level="C", concepts=["분류", "기준"],
                   check=lambda: cnt == [c if by == "색깔" else s for c, s in cards].count(target))


@family("2수04-01", "clear-criterion-mcq")
def _f0401_criterion(rng: random.Random) -> Problem:
    good = ["색깔", "모양", "다리의 수", "바퀴의 수", "사는 곳", "구멍의 수", "재료(종이, 플라스틱 등)"]
    bad = ["예쁜 것과 예쁘지 않은 것", "좋아하는 것과 싫어하는 것", "멋있는 것과 멋없는 것", "맛있는 것과 맛없는 것",
           "귀여운 것과 귀엽지 않은 것"]
    if rng.random() < 0.5:
        correct, wrong = rng.choice(bad), rng.sample(good, 4)
        stem = rng.choice(["분류 기준으로 알맞지 않은 것은 어느 것인가요?", "누가 분류하더라도 결과가 같아지는 기준이 아닌 것을 고르세요."])
    else:
        correct, wrong = rng.choice(good), rng.sample(bad, 4)
        stem = rng.choice(["분류 기준으로 알맞은 것은 어느 것인가요?", "누가 분류해도 같은 결과가 나오는 기준을 고르시오."])
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["분류", "기준"], choice=ch, check=lambda: (ch.options[ch.correct] in bad) == ("않은" in stem or "아닌" in stem))


_ANIMALS = {"강아지": (4, "땅"), "고양이": (4, "땅"), "닭": (2, "땅"), "오리": (2, "물"), "개구리": (4, "물"),
            "금붕어": (0, "물"), "참새": (2, "하늘"), "비둘기": (2, "하늘"), "토끼": (4, "땅"), "말": (4, "땅"),
            "상어": (0, "물"), "타조": (2, "땅")}


@family("2수04-01", "sort-animals")
def _f0401_animals(rng: random.Random) -> Problem:
    names_ = rng.sample(list(_ANIMALS), rng.randint(6, 9))
    by = rng.choice(["다리의 수", "다리의 수", "사는 곳"])
    if by == "다리의 수":
        legs = rng.choice(sorted({_ANIMALS[n][0] for n in names_}))
        cnt = sum(1 for n in names_ if _ANIMALS[n][0] == legs)
        q = f"다리가 {legs}개인 동물은 몇 마리인가요?" if legs else "다리가 없는 동물은 몇 마리인가요?"
    else:
        legs = None
        cnt = len({_ANIMALS[n][0] for n in names_})
        q = "다리의 수를 기준으로 분류하면 모두 몇 가지로 분류되나요?"
        by = "다리의 수"
    text = f"동물들을 {by}에 따라 분류하려고 합니다. {q}\n" + ", ".join(names_)
    unit = "마리" if legs is not None else "가지"
    return Problem(text=text, answer=f"{cnt}{unit}", format="word", difficulty=2 if legs is not None else 3,
                   achievement_level="C" if legs is not None else "B", concepts=["분류", "기준"], check=lambda: cnt >= 1)


@family("2수04-01", "guess-the-criterion")
def _f0401_guess(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        g1 = rng.sample(["자동차", "버스", "트럭", "택시", "기차"], 3)
        g2 = rng.sample(["배", "요트", "잠수함", "뗏목"], 2)
        g3 = rng.sample(["비행기", "헬리콥터", "열기구"], 2)
        ans = "다니는 곳(땅, 물, 하늘)"
        groups = [g1, g2, g3]
    elif kind == 1:
        g1 = rng.sample(["신문지", "공책", "우유갑", "종이 상자"], 2)
        g2 = rng.sample(["페트병", "플라스틱 컵", "요구르트 병", "장난감 블록"], 2)
        g3 = rng.sample(["음료수 캔", "통조림 캔", "철사 옷걸이"], 2)
        ans = "재료(종이, 플라스틱, 금속)"
        groups = [g1, g2, g3]
    else:
        g1 = rng.sample(["축구공", "농구공", "구슬", "수박"], 2)
        g2 = rng.sample(["주사위", "과자 상자", "벽돌", "동화책"], 2)
        g3 = rng.sample(["풀", "음료수 캔", "두루마리 휴지", "북"], 2)
        ans = "모양(공 모양, 상자 모양, 둥근기둥 모양)"
        groups = [g1, g2, g3]
    lines = "\n".join(f"{'가나다'[i]} 모둠: {', '.join(g)}" for i, g in enumerate(groups))
    text = rng.choice([f"물건을 어떤 기준에 따라 분류하였습니다. 분류 기준은 무엇인지 쓰세요.\n{lines}",
                       f"{josa(_kname(rng), '이/가')} 정한 기준으로 물건을 나누었습니다. 어떤 기준으로 분류하였을까요?\n{lines}"])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["분류", "기준"],
                   check=lambda: len(groups) == 3)


@family("2수04-01", "misplaced-item")
def _f0401_misplaced(rng: random.Random) -> Problem:
    legs2 = [n for n, (lg, _) in _ANIMALS.items() if lg == 2]
    legs4 = [n for n, (lg, _) in _ANIMALS.items() if lg == 4]
    a = rng.sample(legs2, 3)
    b = rng.sample(legs4, 3)
    intruder = rng.choice(b)
    a_shown = a + [intruder]
    b_shown = [x for x in b if x != intruder]
    rng.shuffle(a_shown)
    text = (f"동물을 다리의 수에 따라 분류했습니다. 잘못 분류된 동물을 찾아 쓰세요.\n다리 2개: {', '.join(a_shown)}\n다리 4개: {', '.join(b_shown)}")
    return Problem(text=text, answer=intruder, format="word", difficulty=2, achievement_level="B", concepts=["분류", "기준"],
                   check=lambda: _ANIMALS[intruder][0] == 4)


@family("2수04-01", "two-attribute-count")
def _f0401_two(rng: random.Random) -> Problem:
    cards = _cards(rng, rng.randint(9, 12))
    col, shp = rng.choice(cards) if rng.random() < 0.85 else (rng.choice(_COLS[:3]), rng.choice(_SHAPES))
    cnt = sum(1 for c, s in cards if c == col and s == shp)
    listing = " / ".join(f"{c} {s}" for c, s in cards)
    text = rng.choice([f"다음 카드 중에서 {col}이면서 {shp} 모양인 카드는 몇 장인가요?\n{listing}",
                       f"카드를 색깔과 모양에 따라 분류하려고 합니다. {col} {shp} 카드는 몇 장입니까?\n{listing}"])
    return Problem(text=text, answer=f"{cnt}장", format="word", difficulty=3, achievement_level="A", concepts=["분류", "기준"],
                   check=lambda: cnt == cards.count((col, shp)))


@family("2수04-01", "recycling-sort-table")
def _f0401_recycle(rng: random.Random) -> Problem:
    kinds = {"종이류": ["신문지", "우유갑", "종이 상자", "공책"], "플라스틱류": ["페트병", "플라스틱 컵", "요구르트 병"],
             "캔류": ["음료수 캔", "통조림 캔"], "유리병류": ["주스 병", "잼 병"]}
    items = [rng.choice([i for v in kinds.values() for i in v]) for _ in range(rng.randint(8, 12))]
    which = rng.choice(list(kinds))
    cnt = sum(1 for i in items if i in kinds[which])
    kind = rng.randrange(2)
    if kind == 0:
        text = f"교실에서 모은 재활용품입니다. 분리배출하려고 종류별로 분류할 때 {josa(which, '은/는')} 몇 개인가요?\n" + ", ".join(items)
        ans = f"{cnt}개"
    else:
        counts = {k: sum(1 for i in items if i in v) for k, v in kinds.items()}
        most = max(counts.values())
        top = [k for k, v in counts.items() if v == most]
        text = "교실에서 모은 재활용품입니다. 종류별로 분류하여 세었을 때 가장 많은 종류를 쓰세요. (가장 많은 종류가 여럿이면 모두 쓰세요.)\n" + ", ".join(items)
        ans = ", ".join(top)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["분류", "기준"],
                   check=lambda: cnt == len([i for i in items if i in kinds[which]]))


@family("2수04-01", "own-criterion-task")
def _f0401_own(rng: random.Random) -> Problem:
    pool = rng.choice([["연필", "지우개", "색연필", "자", "풀", "가위", "크레파스", "공책"],
                       ["사과", "바나나", "수박", "딸기", "포도", "귤", "참외"],
                       ["축구공", "줄넘기", "훌라후프", "배드민턴 채", "탁구공", "농구공"]])
    items = rng.sample(pool, 6)
    text = rng.choice(["다음 물건을 분류할 수 있는 기준을 정하여 두 가지 이상으로 분류하고, 각각의 수를 세어 보세요.\n" + ", ".join(items),
                       "나만의 분류 기준을 정해 보세요. 그 기준으로 다음을 분류하고 분류한 결과를 말해 보세요.\n" + ", ".join(items)])
    return Problem(text=text, answer="예: 색깔, 모양, 쓰임새 등 누가 분류해도 결과가 같은 기준을 정하고 분류한 뒤 수를 셉니다.",
                   format="task", difficulty=3, achievement_level="A", concepts=["분류", "기준"])


# -- 2수04-02 표로 나타내기 ------------------------------------------------------------------------
@family("2수04-02", "raw-to-table-fill")
def _f0402_raw(rng: random.Random) -> Problem:
    topic, cats, _ = _survey(rng)
    n = rng.randint(10, 16)
    resp = [rng.choice(cats) for _ in range(n)]
    for c in cats:
        if c not in resp:
            resp[rng.randrange(n)] = c
    counts = [resp.count(c) for c in cats]
    names_ = rng.sample(NAMES, n)
    raw = ", ".join(f"{_kid(a)}({b})" for a, b in zip(names_, resp, strict=True)) if rng.random() < 0.5 else " ".join(resp)
    text = (f"우리 반 친구들이 {topic}을 조사한 것입니다. 조사한 자료를 보고 표를 완성하세요.\n{raw}\n"
            + _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *["□"] * len(cats), "□"]])).replace(f"{topic}을", josa(topic, "을/를"))
    return Problem(text=text, answer=", ".join(map(str, counts)) + f", {n}", format="data", difficulty=2, achievement_level="C",
                   concepts=["표", "자료"], check=lambda: sum(counts) == n)


@family("2수04-02", "missing-cell-by-total")
def _f0402_missing(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng)
    tot = sum(counts)
    hole = rng.randrange(len(cats))
    row = [("□" if i == hole else str(v)) for i, v in enumerate(counts)]
    text = (f"{topic}별 학생 수를 조사하여 나타낸 표입니다. {josa(cats[hole], '을/를')} 좋아하는 학생은 몇 명인가요?\n"
            + _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *row, str(tot)]]))
    if "좋아하는" not in topic:
        text = text.replace(f"{josa(cats[hole], '을/를')} 좋아하는 학생", f"{josa(cats[hole], '을/를')} 고른 학생")
    return Problem(text=text, answer=f"{counts[hole]}명", format="data", difficulty=3, achievement_level="B", concepts=["표", "합계"],
                   check=lambda: tot - sum(c for i, c in enumerate(counts) if i != hole) == counts[hole])


@family("2수04-02", "read-table-most-least")
def _f0402_read(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng)
    want = rng.choice(["가장 많은", "가장 적은"])
    idx = counts.index(max(counts)) if want == "가장 많은" else counts.index(min(counts))
    tbl = _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *counts, sum(counts)]])
    text = rng.choice([f"{topic}을 조사하여 표로 나타냈습니다. 학생 수가 {want} 것은 무엇인가요?\n{tbl}".replace(f"{topic}을", josa(topic, "을/를")),
                       f"표를 보고 {want} 학생이 고른 것을 쓰시오.\n{tbl}".replace(f"{want} 학생", f"{want.replace('많은', '많은').replace('적은', '적은')} 수의 학생")])
    return Problem(text=text, answer=cats[idx], format="data", difficulty=2, achievement_level="C", concepts=["표"],
                   check=lambda: counts[idx] in (max(counts), min(counts)))


@family("2수04-02", "table-convenience-mcq")
def _f0402_conv(rng: random.Random) -> Problem:
    good = ["항목별 수를 한눈에 알기 쉽습니다.", "전체 수(합계)를 쉽게 알 수 있습니다.", "항목별 수를 비교하기 편리합니다."]
    bad = ["누가 무엇을 골랐는지 알 수 있습니다.", "조사한 친구의 이름을 알 수 있습니다.", "조사하지 않은 내용도 알 수 있습니다.",
           "다음에 무엇을 좋아할지 알 수 있습니다."]
    if rng.random() < 0.5:
        correct, wrong = rng.choice(good), rng.sample(bad, 3) + [rng.choice(bad)]
        stem = "조사한 자료를 표로 나타내었을 때 편리한 점으로 알맞은 것은 어느 것인가요?"
        wrong = list(dict.fromkeys(wrong)) + ["자료의 색깔을 알 수 있습니다."]
    else:
        correct, wrong = rng.choice(bad[:2]), good + ["자료를 세어 정리한 결과를 다시 세지 않아도 됩니다."]
        stem = "친구들이 좋아하는 운동을 조사하여 표로 나타냈습니다. 표를 보고 알 수 없는 것은 어느 것인가요?"
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["표"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수04-02", "table-difference")
def _f0402_diff(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng, lo=2, hi=12)
    i, j = rng.sample(range(len(cats)), 2)
    tbl = _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *counts, sum(counts)]])
    text = rng.choice([f"{josa(cats[i], '과/와')} {cats[j]} 중 어느 것을 고른 학생이 몇 명 더 많은가요?\n{tbl}",
                       f"표를 보고 {josa(cats[i], '을/를')} 고른 학생과 {josa(cats[j], '을/를')} 고른 학생 수의 차를 구하고, 어느 쪽이 더 많은지 쓰시오.\n{tbl}"])
    ans = f"{cats[i] if counts[i] > counts[j] else cats[j]}, {abs(counts[i] - counts[j])}명"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["표"],
                   check=lambda: counts[i] != counts[j])


@family("2수04-02", "tally-then-table")
def _f0402_tally(rng: random.Random) -> Problem:
    shapes = ["○", "△", "□"]
    seq = [rng.choice(shapes) for _ in range(rng.randint(10, 15))]
    counts = [seq.count(s) for s in shapes]
    text = ("주머니에서 꺼낸 모양 조각을 차례로 나타낸 것입니다. 빠뜨리거나 두 번 세지 않도록 표시하며 세어 표를 완성하세요.\n"
            + " ".join(seq) + "\n" + _table(rng, ["모양", *shapes, "합계"], [["개수(개)", "□", "□", "□", "□"]]))
    return Problem(text=text, answer=", ".join(map(str, counts)) + f", {len(seq)}", format="data", difficulty=2,
                   achievement_level="C", concepts=["표", "합계"], check=lambda: sum(counts) == len(seq))


@family("2수04-02", "two-step-table-question")
def _f0402_two(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng, k=4, lo=2, hi=9)
    hole = rng.randrange(4)
    tot = sum(counts)
    row = [("□" if i == hole else str(v)) for i, v in enumerate(counts)]
    tbl = _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *row, str(tot)]])
    order = sorted(range(4), key=lambda i: -counts[i])
    if len(set(counts)) < 4:
        counts[order[0]] += 0
    text = f"표의 □에 알맞은 수를 구하고, 학생 수가 많은 것부터 차례로 쓰세요.\n{tbl}"
    ans = f"{counts[hole]}; " + ", ".join(cats[i] for i in order)
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="A", concepts=["표", "합계"],
                   check=lambda: len(set(counts)) == 4)


@family("2수04-02", "explain-table-use")
def _f0402_explain(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng)
    tbl = _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *counts, sum(counts)]])
    text = (f"{josa(_kname(rng), '은/는')} 반 친구들이 {josa(topic, '을/를')} 붙임쪽지에 써서 칠판에 붙였고, 나중에 아래와 같이 표로 정리했습니다. "
            f"붙임쪽지로 볼 때보다 표로 볼 때 좋은 점을 쓰고, 표에서 알 수 있는 사실을 한 가지 쓰세요.\n{tbl}")
    idx = counts.index(max(counts))
    return Problem(text=text, answer=f"예: 항목별 학생 수와 전체 학생 수({sum(counts)}명)를 한눈에 알 수 있습니다. {josa(cats[idx], '을/를')} 고른 학생이 {counts[idx]}명으로 가장 많습니다.",
                   format="proof", difficulty=4, achievement_level="A", concepts=["표"])


# -- 2수04-03 ○, ×, /를 이용한 그래프 -------------------------------------------------------------------
@family("2수04-03", "read-graph-most")
def _f0403_read(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng)
    want = rng.choice(["가장 많은", "가장 적은"])
    idx = counts.index(max(counts)) if want == "가장 많은" else counts.index(min(counts))
    text = rng.choice([f"{topic}별 학생 수를 그래프로 나타냈습니다. 학생 수가 {want} 것은 무엇인가요?\n{_graph(rng, cats, counts)}",
                       f"그래프를 보고 {want} 학생이 고른 것을 찾아 쓰시오.\n{_graph(rng, cats, counts)}".replace(f"{want} 학생", f"{want} 수의 학생")])
    return Problem(text=text, answer=cats[idx], format="data", difficulty=1, achievement_level="C", concepts=["그래프"],
                   check=lambda: counts[idx] in (max(counts), min(counts)))


@family("2수04-03", "graph-count-category")
def _f0403_count(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng)
    i = rng.randrange(len(cats))
    text = rng.choice([f"그래프를 보고 {josa(cats[i], '을/를')} 고른 학생은 몇 명인지 쓰세요.\n{_graph(rng, cats, counts)}",
                       f"{topic}을 조사하여 그래프로 나타냈습니다. 전체 학생은 몇 명인가요?\n{_graph(rng, cats, counts)}".replace(f"{topic}을", josa(topic, "을/를"))])
    ans = f"{sum(counts)}명" if "전체" in text else f"{counts[i]}명"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C", concepts=["그래프"],
                   check=lambda: True)


@family("2수04-03", "table-to-graph-marks")
def _f0403_marks(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng)
    sym = rng.choice(["○", "×", "/"])
    tbl = _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *counts, sum(counts)]])
    kind = rng.randrange(3)
    if kind == 0:
        i = rng.randrange(len(cats))
        text = f"표를 보고 {sym}를 사용하여 그래프로 나타내려고 합니다. {cats[i]}에는 {sym}를 몇 개 그려야 하나요?\n{tbl}"
        ans, d = f"{counts[i]}개", 2
    elif kind == 1:
        text = f"표를 보고 ○를 사용하여 세로 방향 그래프로 나타내려고 합니다. 세로에는 학생 수를 적어도 몇 칸까지 나타내야 하나요?\n{tbl}"
        ans, d = f"{max(counts)}칸", 3
    else:
        text = f"표를 보고 {sym}를 사용하여 그래프를 그리려고 합니다. 그래프에 그려야 할 {sym}는 모두 몇 개인가요?\n{tbl}"
        ans, d = f"{sum(counts)}개", 2
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=elementary_level(d), concepts=["그래프", "표"],
                   check=lambda: max(counts) >= 1)


@family("2수04-03", "graph-convenience-mcq")
def _f0403_conv(rng: random.Random) -> Problem:
    good = ["가장 많은 것과 가장 적은 것을 한눈에 알 수 있습니다.", "항목별 수의 많고 적음을 한눈에 비교할 수 있습니다."]
    bad = ["전체 학생 수를 바로 알 수 있습니다.", "누가 무엇을 좋아하는지 알 수 있습니다.", "조사한 친구의 이름을 알 수 있습니다.",
           "자료를 모을 때 쓰는 방법입니다.", "그래프에는 수가 쓰여 있어 더 정확합니다."]
    correct = rng.choice(good)
    ch = choices(rng, correct, rng.sample(bad, 4))
    stem = rng.choice(["표와 비교할 때, 그래프로 나타내면 편리한 점으로 알맞은 것은 어느 것인가요?",
                       "자료를 ○, ×, / 등을 이용한 그래프로 나타내면 좋은 점을 고르세요."])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["그래프", "표"], choice=ch, check=lambda: ch.options[ch.correct] in good)


@family("2수04-03", "find-graph-error")
def _f0403_error(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng, lo=2, hi=7)
    i = rng.randrange(len(cats))
    drawn = counts[:]
    drawn[i] += rng.choice([-1, 1])
    tbl = _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *counts, sum(counts)]])
    text = (f"{josa(_kname(rng), '이/가')} 표를 보고 그래프를 그렸는데 한 곳을 잘못 그렸습니다. 잘못 그린 항목을 찾아 쓰고, 바르게 고치려면 "
            f"어떻게 해야 하는지 쓰세요.\n[표]\n{tbl}\n[그래프]\n{_graph(rng, cats, drawn)}")
    fix = "1개 지웁니다" if drawn[i] > counts[i] else "1개 더 그립니다"
    return Problem(text=text, answer=f"{cats[i]}, 표시를 {fix}.", format="data", difficulty=3, achievement_level="B",
                   concepts=["그래프", "표"], check=lambda: [k for k in range(len(cats)) if drawn[k] != counts[k]] == [i])


@family("2수04-03", "graph-difference")
def _f0403_diff(rng: random.Random) -> Problem:
    _topic, cats, counts = _survey(rng)
    imax, imin = counts.index(max(counts)), counts.index(min(counts))
    text = rng.choice([f"그래프에서 가장 많은 학생이 고른 것과 가장 적은 학생이 고른 것의 학생 수의 차는 몇 명인가요?\n{_graph(rng, cats, counts)}",
                       f"그래프를 보고 {josa(cats[imax], '을/를')} 고른 학생은 {josa(cats[imin], '을/를')} 고른 학생보다 몇 명 더 많은지 구하시오.\n{_graph(rng, cats, counts)}"])
    return Problem(text=text, answer=f"{counts[imax] - counts[imin]}명", format="data", difficulty=3, achievement_level="B",
                   concepts=["그래프"], check=lambda: counts[imax] > counts[imin])


@family("2수04-03", "graph-order")
def _f0403_order(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng, k=4)
    order = sorted(range(len(cats)), key=lambda i: -counts[i])
    rev = rng.random() < 0.4
    if rev:
        order = order[::-1]
    text = (f"{topic}을 조사하여 나타낸 그래프입니다. 학생 수가 {'적은' if rev else '많은'} 것부터 차례로 쓰세요.\n"
            f"{_graph(rng, cats, counts)}").replace(f"{topic}을", josa(topic, "을/를"))
    return Problem(text=text, answer=", ".join(cats[i] for i in order), format="data", difficulty=3, achievement_level="B",
                   concepts=["그래프"], check=lambda: len(set(counts)) == len(counts))


@family("2수04-03", "complete-partial-graph")
def _f0403_partial(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng, lo=2, hi=8)
    i = rng.randrange(len(cats))
    drawn = counts[:]
    done = rng.randint(0, counts[i] - 1)
    drawn[i] = done
    sym = rng.choice(["○", "×"])
    tbl = _table(rng, [topic, *cats, "합계"], [["학생 수(명)", *counts, sum(counts)]])
    text = (f"표를 보고 {sym}로 그래프를 그리는 중입니다. {cats[i]}에 {sym}를 몇 개 더 그려야 그래프가 완성되나요?\n"
            f"[표]\n{tbl}\n[그리는 중인 그래프]\n{_graph(rng, cats, drawn, sym=sym, rows=max(counts))}")
    return Problem(text=text, answer=f"{counts[i] - done}개", format="data", difficulty=3, achievement_level="C",
                   concepts=["그래프", "표"], check=lambda: done + (counts[i] - done) == counts[i])


@family("2수04-03", "what-graph-tells-explain")
def _f0403_explain(rng: random.Random) -> Problem:
    topic, cats, counts = _survey(rng)
    idx = counts.index(max(counts))
    text = (f"{topic}을 조사하여 그래프로 나타냈습니다. 그래프를 보고 알 수 있는 사실을 두 가지 쓰고, 이 결과를 학급 행사에 "
            f"어떻게 이용하면 좋을지 쓰세요.\n{_graph(rng, cats, counts)}").replace(f"{topic}을", josa(topic, "을/를"))
    return Problem(text=text, answer=f"예: {josa(cats[idx], '을/를')} 고른 학생이 {counts[idx]}명으로 가장 많습니다. "
                   f"조사한 학생은 모두 {sum(counts)}명입니다. 가장 많이 고른 것을 행사에 정하면 좋겠습니다.",
                   format="proof", difficulty=4, achievement_level="A", concepts=["그래프"])
