from __future__ import annotations

import random

import pytest

from mathtag.corpus.korean import josa
from mathtag.corpus.mcq import bogi, choices
from mathtag.corpus.notation import math


@pytest.mark.parametrize(
    ("word", "pair", "out"),
    [
        ("사과", "을/를", "사과를"), ("귤", "을/를", "귤을"), ("민준", "은/는", "민준은"),
        ("서연", "이/가", "서연이"), ("하은", "과/와", "하은과"), ("지우", "과/와", "지우와"),
        ("3", "을/를", "3을"), ("2", "을/를", "2를"), ("연필", "으로/로", "연필로"),
        ("책상", "으로/로", "책상으로"), ("바다", "으로/로", "바다로"), ("7", "으로/로", "7로"),
        ("10", "이/가", "10이"), ("5", "은/는", "5는"),
    ],
)
def test_josa(word: str, pair: str, out: str) -> None:
    assert josa(word, pair) == out


def test_choices_exactly_one_correct() -> None:
    rng = random.Random(1)
    for _ in range(200):
        c = choices(rng, "12", ["10", "11", "13", "14", "12", "15"])
        assert c.options.count("12") == 1 and c.options[c.correct] == "12" and len(set(c.options)) == 5
        assert c.label in "①②③④⑤"
    with pytest.raises(ValueError):
        choices(rng, "1", ["1", "2", "3"])


def test_math_styles() -> None:
    assert math("x**2 + 2*x", "latex") == "$x^{2} + 2 x$"
    assert math("x**2 + 2*x", "unicode") == "x² + 2x"
    assert math("x**2 + 2*x", "plain") == "x^2 + 2x"


def test_josa_reads_unit_symbols_after_numbers() -> None:
    from mathtag.corpus.korean import josa

    assert josa("5 m", "을/를") == "5 m를"  # 미터를
    assert josa("3 kg", "을/를") == "3 kg을"  # 킬로그램을
    assert josa("2 t", "으로/로") == "2 t으로"  # 톤으로
    assert josa("30°", "은/는") == "30°는"  # 도는
    assert josa("m", "을/를") == "m을"  # a variable stays 엠


def test_josa_after_a_fraction_follows_the_numerator() -> None:
    from mathtag.corpus.korean import josa
    from mathtag.corpus.notation import mixed

    assert josa("3/5", "을/를") == "3/5을"  # 오분의 삼을
    assert josa("$\\frac{2}{7}$", "을/를") == "$\\frac{2}{7}$를"  # 칠분의 이를
    assert mixed(10, 1, 3, "plain").startswith("10과")
    assert mixed(20, 1, 4, "plain").startswith("20과")


def test_josa_after_a_power_reads_jegop() -> None:
    from mathtag.corpus.korean import josa

    assert josa("x²", "을/를") == "x²을"  # 엑스 제곱을
    assert josa("$x^{2}$", "으로/로") == "$x^{2}$으로"
    assert josa("2^3", "이/가") == "2^3이"
    assert josa("$N(50, 4^{2})$", "을/를") == "$N(50, 4^{2})$을"  # … 사의 제곱을
    assert josa("x", "을/를") == "x를"
    assert josa("$30^{\\circ}$", "과/와") == "$30^{\\circ}$와"  # 삼십 도와


def test_josa_reads_subscripts_and_units_after_a_variable() -> None:
    from mathtag.corpus.korean import josa

    assert josa("₅P₂", "을/를") == "₅P₂를"  # 오피이를
    assert josa("ₙCᵣ", "을/를") == "ₙCᵣ을"  # 엔씨알을
    assert josa("x kg", "이라/라") == "x kg이라"  # 엑스 킬로그램이라
    assert josa("x a", "을/를") == "x a를"  # two variables, not 아르
    assert josa("$X = \\{1, 6\\}$", "으로/로") == "$X = \\{1, 6\\}$으로"  # 육으로


def test_josa_reads_set_symbols_and_fractions_over_a_variable() -> None:
    from mathtag.corpus.korean import josa

    assert josa("Aᶜ", "을/를") == "Aᶜ을"  # 에이 여집합을
    assert josa("∅", "은/는") == "∅은"  # 공집합은
    assert josa("8/x", "을/를") == "8/x을"  # 엑스 분의 팔을
    assert josa("16/(x + 5)", "이/가") == "16/(x + 5)이"  # … 분의 십육이


def test_josa_skips_a_bracketed_aside_after_a_korean_word() -> None:
    # the aside is not read aloud, so the particle follows the word before it
    assert josa("범위(최댓값 − 최솟값)", "을/를") == "범위(최댓값 − 최솟값)를"
    assert josa("넓이(cm²)", "이/가") == "넓이(cm²)가"
    assert josa("평균(점)", "은/는") == "평균(점)은"
    # after a symbol the bracket is read: f(x) 에프 엑스, A(2, 3) 에이 이 삼
    assert josa("f(x)", "을/를") == "f(x)를"
    assert josa("점 A(2, 3)", "을/를") == "점 A(2, 3)을"


def test_bogi_marks_exactly_the_true_statements() -> None:
    rng = random.Random(0)
    block, ch = bogi(rng, [("1 + 1 = 2", True), ("2 > 3", False), ("0은 짝수이다.", True)])
    assert block.splitlines() == ["<보기>", "ㄱ. 1 + 1 = 2", "ㄴ. 2 > 3", "ㄷ. 0은 짝수이다."]
    assert ch.options[ch.correct] == "ㄱ, ㄷ" and len(set(ch.options)) == 5
    with pytest.raises(ValueError):
        bogi(rng, [("a", False), ("b", False), ("c", False)])
