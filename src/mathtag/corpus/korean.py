"""Korean text helpers for generated problems: particles (조사), names, counters.

Particles must follow the last syllable of whatever word a generator substitutes, so every
template that inserts a variable word goes through :func:`josa`.
"""

from __future__ import annotations

import random
import re

# Readings' final consonant for digits, so "3을" / "2를" come out right.
_DIGIT_HAS_FINAL = {"0": True, "1": True, "2": False, "3": True, "4": False,
                    "5": False, "6": True, "7": True, "8": True, "9": False}
_DIGIT_FINAL_IS_RIEUL = {"1", "7", "8"}  # 일, 칠, 팔 end in ㄹ
_LATIN_HAS_FINAL = set("LMNRlmnr")  # 엘, 엠, 엔, 알

# A unit symbol after a number is read as its Korean name ("5 m" → 오 미터를, "3 kg" → 킬로그램을):
# (has a final consonant, final is ㄹ) of that reading. Longest symbols first.
_UNIT_READING: tuple[tuple[str, tuple[bool, bool]], ...] = (
    ("cm²", (False, False)), ("m²", (False, False)), ("km²", (False, False)),  # 제곱…미터
    ("cm³", (False, False)), ("m³", (False, False)),  # 세제곱…미터
    ("km", (False, False)), ("cm", (False, False)), ("mm", (False, False)), ("m", (False, False)),  # 미터
    ("mL", (False, False)), ("L", (False, False)),  # 리터
    ("kg", (True, False)), ("g", (True, False)), ("t", (True, False)),  # 그램, 톤
    ("ha", (False, False)), ("a", (False, False)),  # 헥타르, 아르
    ("°", (False, False)),  # 도
)
# a unit after a number ("5 kg", "5kg") or after a one-letter variable and a space ("x kg"; not
# the one-letter units a and t, which after a variable are more often variables themselves)
_UNITS = "|".join(re.escape(u) for u, _ in _UNIT_READING)
_VAR_UNITS = "|".join(re.escape(u) for u, _ in _UNIT_READING if u not in ("a", "t"))
_UNIT_RE = re.compile(rf"(?:\d\s?({_UNITS})|(?<![A-Za-z])[A-Za-z]\s({_VAR_UNITS}))$")
_UNIT_FINAL = dict(_UNIT_READING)
# the denominator may be a variable or a bracket: "8/x", "16/(x + 5)" are read 엑스 분의 팔 …
_FRAC_RE = re.compile(r"\\[dt]?frac\{([^{}]+)\}\{[^{}]+\}$|(?<![\d.])(\d+)/(?:\d+|[a-z]|\([^()]*\))$")


_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹ⁿ")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉ₙᵣₖ", "0123456789nrk")  # ₅P₂ is read 오피이, like 5P2
_POWER_RE = re.compile(r"\^(?:\{[^{}]*\}|\w)$")


def _final(word: str) -> tuple[bool, bool]:
    """(has a final consonant, that final is ㄹ) for the word's last pronounced character."""
    word = word.translate(_SUBSCRIPTS)
    w = word.rstrip(" )]}$'\"’”\\")  # and backslashes: a LaTeX set ends with \}
    if not w:
        return False, False
    # a bracketed aside right after a Korean word is not read: 범위(최댓값 − 최솟값)를, 넓이(cm²)를;
    # after a symbol it is (f(x)를, 점 A(2, 3)을)
    aside = re.fullmatch(r"(.*[가-힣])\([^()]*\)", word.rstrip(" $'\"’”"))
    if aside:
        return _final(aside.group(1))
    # a fraction is read denominator first ("3/5" → 오분의 삼): the numerator is said last
    frac = _FRAC_RE.search(word.rstrip(" $'\"’”"))
    if frac:
        return _final(frac.group(1) or frac.group(2))
    unit = _UNIT_RE.search(w)
    if unit:
        return _UNIT_FINAL[unit.group(1) or unit.group(2)]
    # set notation read as words: Aᶜ 에이 여집합, ∅ 공집합 (both end in ㅂ)
    if w[-1] in "ᶜ∅":
        return True, False
    # a LaTeX degree sign is read 도: $30^{\circ}$ → 삼십 도 (no final)
    if re.search(r"\^\{?\\circ\}?$", word.rstrip(" $'\"’”)")):
        return False, False
    # a power is read "…제곱" (x² → 엑스 제곱, 2^{10} → 이의 십 제곱): final ㅂ, not ㄹ
    if w[-1] in _SUPERSCRIPTS or _POWER_RE.search(word.rstrip(" $'\"’”)")):
        return True, False
    ch = w[-1]
    if "가" <= ch <= "힣":
        jong = (ord(ch) - 0xAC00) % 28
        return jong != 0, jong == 8
    if ch.isdigit():
        return _DIGIT_HAS_FINAL[ch], ch in _DIGIT_FINAL_IS_RIEUL
    if ch in _LATIN_HAS_FINAL:
        return True, ch in "Ll"
    return False, False


def josa(word: str, pair: str) -> str:
    """Attach the particle that fits ``word``: ``josa("사과", "을/를") == "사과를"``.

    ``pair`` is one of 은/는, 이/가, 을/를, 과/와, 으로/로, 이에요/예요, 아/야, 이나/나, 이라/라.
    """
    with_final, without_final = pair.split("/")
    has_final, rieul = _final(word)
    if pair == "으로/로":
        return word + ("으로" if has_final and not rieul else "로")
    return word + (with_final if has_final else without_final)


NAMES: tuple[str, ...] = (
    "민준", "서연", "지호", "하은", "도윤", "수아", "예준", "지우", "시우", "서윤",
    "주원", "하린", "지민", "윤서", "현우", "채원", "은우", "다은", "건우", "소율",
    "민서", "준서", "유진", "태윤", "가온", "나래", "재희", "세아", "우진", "보람",
)


def name(rng: random.Random, exclude: tuple[str, ...] = ()) -> str:
    return rng.choice([n for n in NAMES if n not in exclude])


def names(rng: random.Random, k: int) -> list[str]:
    return rng.sample(NAMES, k)


# (object, counter) pairs that read naturally with native-Korean counting.
COUNTABLE: tuple[tuple[str, str], ...] = (
    ("사과", "개"), ("귤", "개"), ("구슬", "개"), ("사탕", "개"), ("달걀", "개"),
    ("연필", "자루"), ("색연필", "자루"), ("공책", "권"), ("동화책", "권"),
    ("색종이", "장"), ("스티커", "장"), ("딱지", "장"), ("풍선", "개"),
    ("토끼", "마리"), ("병아리", "마리"), ("금붕어", "마리"), ("꽃", "송이"),
    ("장미", "송이"), ("자동차", "대"), ("자전거", "대"), ("쿠키", "개"),
)


def countable(rng: random.Random) -> tuple[str, str]:
    return rng.choice(COUNTABLE)
