from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from mathtag.curriculum.registry import Curriculum, ScopeError, UnknownCodeError

EXPECTED = {
    "2수": 29, "4수": 47, "6수": 45, "9수": 60, "10공수1": 19, "10공수2": 20, "10기수1": 17,
    "10기수2": 17, "12대수": 18, "12미적Ⅰ": 20, "12확통": 16, "12미적Ⅱ": 23, "12기하": 14,
    "12경수": 18, "12인수": 15, "12직수": 18, "12수문": 16, "12실통": 13, "12수과": 10,
}


def test_counts_match_the_notice(cur: Curriculum) -> None:
    assert len(cur) == 435
    assert Counter(s.subject_code for s in cur) == EXPECTED
    assert len(set(cur.codes)) == 435


def test_codes_are_canonical_and_numbered_without_gaps(cur: Curriculum) -> None:
    by_domain: dict[tuple[str, str], list[int]] = {}
    for s in cur:
        assert re.fullmatch(r"\d{1,2}[가-힣]+(?:[12ⅠⅡ]-)?\d{2}-\d{2}", s.code), s.code
        assert "I" not in s.code  # Latin I never appears: Ⅰ is U+2160
        by_domain.setdefault((s.subject_code, s.domain_no), []).append(int(s.code[-2:]))
    for key, nums in by_domain.items():
        assert sorted(nums) == list(range(1, len(nums) + 1)), key


def test_no_private_use_characters_anywhere(cur: Curriculum) -> None:
    text = json.dumps([s.model_dump() for s in cur] + [d.model_dump() for d in cur.domains], ensure_ascii=False)
    assert not re.search("[\ue000-\uf8ff]", text)


@pytest.mark.parametrize(
    ("code", "statement"),
    [
        ("9수02-05", "순서쌍과 좌표를 이해하고, 그 편리함을 인식할 수 있다."),
        ("2수01-01", "수의 필요성을 인식하면서 0과 100까지의 수 개념을 이해하고, 수를 세고 읽고 쓸 수 있다."),
        ("10공수2-01-07", "원점, x축, y축, 직선 y=x에 대한 대칭이동을 탐구하고, 실생활과 연결하여 문제를 해결할 수 있다."),
        ("10공수2-03-04", "유리함수 y=(ax+b)/(cx+d)의 그래프를 그릴 수 있고, 그 그래프의 성질을 탐구할 수 있다."),
        ("10공수2-03-05", "무리함수 y=√(ax+b)+c의 그래프를 그릴 수 있고, 그 그래프의 성질을 탐구할 수 있다."),
        ("12대수03-02", "등차수열의 뜻을 알고, 일반항, 첫째항부터 제n항까지의 합을 구할 수 있다."),
        ("12대수02-02", "삼각함수의 개념을 이해하여 사인함수, 코사인함수, 탄젠트함수의 그래프를 그리고, 그 성질을 설명할 수 있다."),
        ("12경수03-02", "역행렬의 뜻을 알고, 2×2 행렬의 역행렬을 구할 수 있다."),
        ("4수03-09", "여러 가지 모양의 삼각형에 대한 분류 활동을 통하여 직각삼각형, 예각삼각형, 둔각삼각형을 이해한다."),
    ],
)
def test_statements_match_the_official_text(cur: Curriculum, code: str, statement: str) -> None:
    assert cur.get(code).statement == statement


def test_metadata_and_domains(cur: Curriculum) -> None:
    s = cur.get("12미적Ⅰ-01-01")
    assert (s.school_level, s.subject, s.domain_no, s.domain) == ("고등학교", "미적분Ⅰ", "01", "함수의 극한과 연속")
    m = cur.get("9수03-15")
    assert (m.school_level, m.grade_band, m.subject, m.domain) == ("중학교", "7-9", "수학", "도형과 측정")
    assert cur.get("4수01-01").grade_band == "3-4"
    assert cur.get("12기하03-01").domain == "벡터"
    assert cur.get("12수과02-01").subject == "수학과제 탐구"
    assert {s.domain for s in cur.filter(subject="공통수학2")} == {"도형의 방정식", "집합과 명제", "함수와 그래프"}


def test_every_statement_is_a_sentence(cur: Curriculum) -> None:
    for s in cur:
        assert s.statement.endswith("."), s.code
        assert "  " not in s.statement


def test_levels_terms_and_explanations(cur: Curriculum) -> None:
    elem = [s for s in cur if s.school_level == "초등학교"]
    assert all(set(s.achievement_levels) == {"A", "B", "C"} for s in elem)
    assert all(all(len(t) > 10 for t in s.achievement_levels.values()) for s in elem)
    mid = [s for s in cur if s.school_level == "중학교"]
    assert all(set(s.achievement_levels) == {"A", "B", "C", "D", "E"} for s in mid)
    assert all(not s.achievement_levels for s in cur if s.school_level == "고등학교")
    assert "인수분해" in cur.get("9수02-19").terms
    assert "ₙPᵣ" in " ".join(cur.get("10공수1-03-02").terms)
    assert cur.get("12대수01-02").explanations  # 지수가 유리수 및 실수인 경우…
    assert "로그의 성질" in cur.get("12대수01-04").explanations[0]
    assert sum(1 for s in cur if s.terms) > 300


def test_terms_keep_bracketed_lists_whole(cur: Curriculum) -> None:
    # the notice's terms hold commas inside brackets: a coordinate, an interval, a curve's parts
    unbalanced = [(s.code, t) for s in cur for t in s.terms
                  if sum(t.count(c) for c in "([") != sum(t.count(c) for c in ")]")]
    assert not unbalanced
    assert {"포물선", "포물선의 준선"} <= set(cur.get("12기하01-01").terms)
    assert {"쌍곡선", "쌍곡선의 점근선"} <= set(cur.get("12기하01-03").terms)
    assert "P(x, y, z)" in cur.get("12기하02-04").terms


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("[9수02-05]", "9수02-05"),
        ("9수02-05", "9수02-05"),
        (" 9수 02-05", "9수02-05"),
        ("12미적I-01-01", "12미적Ⅰ-01-01"),
        ("12미적II-02-01", "12미적Ⅱ-02-01"),
        ("［10공수1-01-01］", "10공수1-01-01"),
        ("【12확통01-01】", "12확통01-01"),
        ("９수０２－０５", "9수02-05"),
    ],
)
def test_normalize_accepts_what_users_type(cur: Curriculum, typed: str, code: str) -> None:
    assert cur.normalize(typed) == code


@pytest.mark.parametrize("bad", ["9수02-99", "12미적Ⅲ-01-01", "hello", "", "9수"])
def test_unknown_codes_raise_with_suggestions(cur: Curriculum, bad: str) -> None:
    with pytest.raises(UnknownCodeError) as exc:
        cur.normalize(bad)
    assert "unknown standard code" in str(exc.value)


def test_unknown_code_names_closest(cur: Curriculum) -> None:
    with pytest.raises(UnknownCodeError) as exc:
        cur.normalize("9수02-23")
    assert exc.value.suggestions and all(c in cur for c in exc.value.suggestions)
    assert "9수02-22" in exc.value.suggestions or "9수02-13" in exc.value.suggestions


@pytest.mark.parametrize(
    ("scope", "n"),
    [
        ("중학교", 60), ("초등학교", 121), ("고등학교", 254), ("미적분Ⅰ", 20), ("미적분I", 20),
        ("초등 5-6", 45), ("공통수학1,공통수학2", 39), ("2수", 29), ("9수", 60), ("10공수1", 19),
        ("12미적Ⅰ", 20), ("12미적I", 20), ("확률과 통계", 16), ("9수02", 22), ("9수02-05", 1),
        ("기하, 미적분Ⅱ", 37), ("인공지능 수학", 15),
    ],
)
def test_scope(cur: Curriculum, scope: str, n: int) -> None:
    codes = cur.scope(scope)
    assert len(codes) == n
    assert codes <= set(cur.codes)


@pytest.mark.parametrize("bad", ["없는과목", "9수0", "12수", "초등 7-8", "중학교, 화학"])
def test_unknown_scope_is_an_error(cur: Curriculum, bad: str) -> None:
    with pytest.raises(ScopeError):
        cur.scope(bad)


def test_search_and_filter(cur: Curriculum) -> None:
    hits = cur.search("이차함수 최댓값")
    assert hits and hits[0].code == "9수02-22"
    assert cur.search("피타고라스")[0].code == "9수03-15"
    assert len(cur.filter(school_level="중학교", domain="도형과 측정")) == 19
    assert len(cur.filter(grade_band="1-2")) == 29
    assert cur.search("") == []
