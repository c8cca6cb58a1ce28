"""Build the curriculum registry from the official notice text (``shared/curriculum/official``).

Run ``mathtag curriculum build`` (or ``python -m mathtag.curriculum.build``). The output,
``src/mathtag/data/curriculum.json``, ships in the package; building twice gives identical bytes.

What comes from where:
- codes, statements, domains, explanations (성취기준 해설), considerations (적용 시 고려 사항) and
  terms (용어와 기호): the notice (``official/*.txt``), parsed here;
- achievement-level descriptors: elementary from ``achievement-levels/*.txt`` (the official
  achievement-level documents, A–C), middle school from ``structured/achievement_levels`` (A–E);
  none exist for high school.

Terms are listed in the notice per domain, not per standard. A term is attached to every standard
of its domain whose statement or explanation mentions it; a term no standard mentions is attached
to all standards of the domain (it belongs to the domain as a whole). ``domain_terms`` keeps the
full list.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from mathtag.curriculum.codes import PREFIXES, prefix_of
from mathtag.curriculum.pua import decode, has_pua

CODE = r"\d{1,2}[가-힣]+(?:[12ⅠⅡ]-)?\d{2}-\d{2}"
DEF_RE = re.compile(rf"^\s*\[({CODE})\]\s*(.*)$")
BULLET_RE = re.compile(r"^\s*•\s*(.*)$")
LEAD_CODES_RE = re.compile(rf"^((?:\[{CODE}\]\s*[,⋅·와과]?\s*)+)(.*)$", re.S)
HEADING_RE = re.compile(r"^\s*\((\d{1,2})\)\s+(\S.{0,40}?)\s*$")
SUBHEAD_RE = re.compile(r"^\s*\(([가나다])\)\s*(.*)$")
PAGE_NOISE_RE = re.compile(r"^\s*(\d{1,3}|수학과 교육과정|선택 중심 교육과정.*|공통 교육과정.*)\s*$")
TERMS_RE = re.compile(r"용어와\s*기호로\s*‘(.*?)’\s*(?:을|를|은|는)?[^가-힣]*다\s?룬다", re.S)

ELEMENTARY_MIDDLE_DOMAINS = {"01": "수와 연산", "02": "변화와 관계", "03": "도형과 측정", "04": "자료와 가능성"}

# Statements whose formulas pdftotext split over several lines (numerator/denominator or a
# radicand set on its own line), restored whole. The build checks each raw statement still
# matches ``expect`` (the readable part around the formula), so a changed source fails loudly.
STATEMENT_FORMULAS: dict[str, tuple[str, str]] = {
    "10공수2-01-07": ("대칭이동을 탐구하고", "원점, x축, y축, 직선 y=x에 대한 대칭이동을 탐구하고, 실생활과 연결하여 문제를 해결할 수 있다."),
    "10공수2-03-04": ("유리함수", "유리함수 y=(ax+b)/(cx+d)의 그래프를 그릴 수 있고, 그 그래프의 성질을 탐구할 수 있다."),
    "10공수2-03-05": ("무리함수", "무리함수 y=√(ax+b)+c의 그래프를 그릴 수 있고, 그 그래프의 성질을 탐구할 수 있다."),
    "10기수2-01-07": ("대칭이동을 이해하고", "원점, x축, y축, 직선 y=x에 대한 대칭이동을 이해하고, 실생활과 연결할 수 있다."),
    "10기수2-03-04": ("유리함수", "유리함수 y=k/x의 그래프를 그릴 수 있고, 그 그래프의 성질을 탐구할 수 있다."),
    "10기수2-03-05": ("무리함수", "무리함수 y=√(kx)의 그래프를 그릴 수 있고, 그 그래프의 성질을 탐구할 수 있다."),
    "12대수03-02": ("등차수열", "등차수열의 뜻을 알고, 일반항, 첫째항부터 제n항까지의 합을 구할 수 있다."),
    "12대수03-03": ("등비수열", "등비수열의 뜻을 알고, 일반항, 첫째항부터 제n항까지의 합을 구할 수 있다."),
    "12대수03-05": ("여러 가지 수열", "여러 가지 수열의 첫째항부터 제n항까지의 합을 구하는 방법을 설명할 수 있다."),
    "12미적Ⅰ-02-03": ("도함수", "함수 y=xⁿ (n은 양의 정수)의 도함수를 구할 수 있다."),
    "12미적Ⅱ-03-01": ("부정적분과 정적분", "y=xⁿ (n은 실수), 지수함수, 삼각함수의 부정적분과 정적분을 구할 수 있다."),
    "12경수03-02": ("역행렬의 뜻", "역행렬의 뜻을 알고, 2×2 행렬의 역행렬을 구할 수 있다."),
}

SUBJECT_OF_PREFIX = {p.prefix: p for p in PREFIXES}


def _clean_lines(text: str) -> list[str]:
    return [ln.rstrip() for ln in text.split("\n")]


def _is_formula_only(line: str) -> bool:
    """A line holding only equation-font glyphs (a numerator or radicand set apart)."""
    s = line.strip()
    return bool(s) and all(ch.isspace() or has_pua(ch) or ch in "()+−-=," for ch in s)


class _Unwrapper:
    """Join wrapped lines, deciding for each break whether the notice had a space there.

    The notice wraps body text at any character ("공학 도\n구", "평행\n사변형") but standards
    mostly at spaces. For a break between tokens L and R we join without a space when "LR"
    occurs in the notice more often than "L R" (counted within lines, where no wrap interferes).
    """

    def __init__(self, corpus: str) -> None:
        self.corpus = corpus
        self._cache: dict[tuple[str, str], bool] = {}

    def glue(self, left: str, right: str) -> bool:
        if not left or not right or not ("가" <= left[-1] <= "힣") or not ("가" <= right[0] <= "힣"):
            return False
        key = (left, right)
        if key not in self._cache:
            lt = left.split()[-1][-3:]
            rt = right.split()[0][:1]
            joined = self.corpus.count(lt + rt)
            spaced = self.corpus.count(lt + " " + rt)
            self._cache[key] = joined > spaced
        return self._cache[key]

    def join(self, parts: list[str]) -> str:
        out = ""
        for p in (p.strip() for p in parts):
            if not p:
                continue
            if not out:
                out = p
            elif self.glue(out, p):
                out += p
            else:
                out += " " + p
        return re.sub(r"\s+", " ", out).strip()


_UNWRAP = _Unwrapper("")


def _join(parts: list[str]) -> str:
    return _UNWRAP.join(parts)


def _tidy(text: str) -> str:
    """Decode glyphs and remove the spaces pdftotext put inside formulas."""
    t = decode(text)
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r"\(\s+", "(", t)
    t = re.sub(r"\s+\)", ")", t)
    t = re.sub(r"\s+,", ",", t)
    t = re.sub(r"(?<=[A-Za-z0-9)])\s*([=+−])\s*(?=[A-Za-z0-9(])", r"\1", t)
    t = re.sub(r"\)\s*([×÷])\s*\(", r")\1(", t)
    return t.strip()


_STRUCTURE_RE = re.compile(r"^\s*(\d\.\s|[가-하]\.\s|\[(초등학교|중학교)|<)")


def _is_marker(line: str) -> bool:
    return bool(
        DEF_RE.match(line) or BULLET_RE.match(line) or SUBHEAD_RE.match(line)
        or HEADING_RE.match(line) or _STRUCTURE_RE.match(line)
    )


def _collect_block(lines: list[str], i: int, first: str, *, gaps: bool = False) -> tuple[str, int]:
    """Gather a definition or bullet starting at line ``i`` up to the next item; return (text, next i).

    A blank line ends the item unless it is a short layout gap followed by an indented
    continuation (the notice sets some term lists around formulas with blank lines).
    """
    parts = [first]
    j = i + 1
    while j < len(lines):
        ln = lines[j]
        if not ln.strip():
            # Look past blank lines and page furniture (page numbers, running heads).
            k, blanks, crossed_page = j, 0, False
            while k < len(lines) and (not lines[k].strip() or PAGE_NOISE_RE.match(lines[k])):
                if lines[k].strip():
                    crossed_page = True
                else:
                    blanks += 1
                k += 1
            if not gaps or k >= len(lines) or (blanks > 2 and not crossed_page):
                break
            nxt = lines[k]
            if _is_marker(nxt) or not nxt.startswith("  "):
                break
            j = k
            continue
        if _is_marker(ln):
            break
        if PAGE_NOISE_RE.match(ln) or _is_formula_only(ln):
            j += 1
            continue
        parts.append(ln)
        j += 1
    return _join(parts), j


def parse_official(official_dir: Path) -> dict:
    """Parse every ``official/*.txt`` file into standards, explanations, considerations and terms."""
    standards: dict[str, dict] = {}
    explanations: dict[str, list[str]] = defaultdict(list)
    domain_considerations: dict[tuple[str, str], list[str]] = defaultdict(list)
    domain_terms_raw: dict[tuple[str, str], str] = {}
    domain_names: dict[tuple[str, str], str] = {}

    files = sorted(official_dir.glob("*.txt"))
    global _UNWRAP
    _UNWRAP = _Unwrapper("\n".join(re.sub(r"\s+", " ", ln.strip()) for f in files for ln in f.read_text(encoding="utf-8").split("\n")))
    for path in files:
        lines = _clean_lines(path.read_text(encoding="utf-8"))
        in_standards = False
        mode = None  # "defs" | "expl" | "cons"
        heading: tuple[str, str] | None = None
        last_subject: str | None = None
        i = 0
        while i < len(lines):
            ln = lines[i]
            if re.match(r"^\s*나\.\s*성취기준\s*$", ln):
                in_standards, mode = True, "defs"
                i += 1
                continue
            if re.match(r"^\s*\d\.\s*(교수|성격)", ln) or re.match(r"^\s*가\.\s*내용 체계", ln):
                in_standards, mode = False, None
                i += 1
                continue
            if not in_standards:
                i += 1
                continue
            hm = HEADING_RE.match(ln)
            if hm and not DEF_RE.match(ln):
                heading = (hm.group(1).zfill(2), hm.group(2).strip())
                mode = "defs"
                i += 1
                continue
            sm = SUBHEAD_RE.match(ln)
            if sm:
                mode = "expl" if "해설" in sm.group(2) else "cons" if "고려" in sm.group(2) else mode
                i += 1
                continue
            dm = DEF_RE.match(ln)
            if dm and mode == "defs":
                code = dm.group(1)
                text, i = _collect_block(lines, i, dm.group(2))
                if code in standards:
                    continue
                pfx = prefix_of(code)
                last_subject = pfx.prefix
                domain_no = code.split("-")[-2][-2:]
                if heading is not None:
                    domain_names.setdefault((pfx.prefix, domain_no), heading[1])
                standards[code] = {"code": code, "raw_statement": text, "file": path.name}
                continue
            bm = BULLET_RE.match(ln)
            if bm and mode in ("expl", "cons"):
                text, i = _collect_block(lines, i, bm.group(1), gaps=True)
                lead = LEAD_CODES_RE.match(text)
                codes = re.findall(CODE, lead.group(1)) if lead else []
                body = lead.group(2).strip() if lead else text
                if mode == "expl":
                    for c in codes:
                        explanations[c].append(body)
                else:
                    key_pfx = last_subject
                    if key_pfx is None or heading is None:
                        continue
                    # the domain is the one whose standards were defined last
                    last_code = next(reversed(standards))
                    key = (prefix_of(last_code).prefix, last_code.split("-")[-2][-2:])
                    tm = TERMS_RE.search(text)
                    if tm:
                        domain_terms_raw[key] = tm.group(1)
                    else:
                        domain_considerations[key].append(text)
                continue
            i += 1
    return {
        "standards": standards,
        "explanations": explanations,
        "considerations": domain_considerations,
        "terms_raw": domain_terms_raw,
        "domain_names": domain_names,
    }


def _top_level_commas(text: str) -> list[str]:
    """Split at commas outside brackets: "P(x, y, z)" and "(a, b]" are one term each."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth <= 0:
            parts.append(text[start:i])
            start, depth = i + 1, 0
    return [*parts, text[start:]]


# 기하 lists parts of a figure in brackets: "포물선(축, 꼭짓점, 초점, 준선)" names the curve and
# four of its parts, so it becomes "포물선", "포물선의 축", …, each one a usable concept.
_PARTS_RE = re.compile(r"([가-힣]+)\(([가-힣]+(?:, ?[가-힣]+)+)\)")


def _split_terms(raw: str) -> list[str]:
    out = []
    for tok in _top_level_commas(_tidy(raw)):
        t = tok.strip()
        t = re.sub(r"(?<=\b[a-zA-Z]) (?=[가-힣(])", "", t)  # "x 좌표" → "x좌표", "f (x)" → "f(x)"
        t = re.sub(r"제 (\d)", r"제\1", t)
        if m := _PARTS_RE.fullmatch(t):
            head = m.group(1)
            out += [head, *(f"{head}의 {part.strip()}" for part in m.group(2).split(","))]
        elif t:
            out.append(t)
    return out


def _term_in(term: str, text: str) -> bool:
    core = re.sub(r"^\(.*?\)\s*", "", term)  # "(로그의) 밑" → "밑"
    return len(core) >= 2 and core in text


def _bigram_overlap(term: str, text: str) -> int:
    grams = {term[i : i + 2] for i in range(len(term) - 1) if re.fullmatch(r"[가-힣]{2}", term[i : i + 2])}
    return sum(1 for g in grams if g in text)


def build_registry(shared: Path) -> dict:
    """Assemble the registry dict from ``shared`` (the ``shared/curriculum`` folder)."""
    from mathtag.curriculum.levels import parse_elementary, parse_middle
    from mathtag.curriculum.term_fixes import TERM_OVERRIDES

    parsed = parse_official(shared / "official")
    levels: dict[str, dict[str, str]] = {}
    for path in sorted((shared / "achievement-levels").glob("elementary-grades-*.txt")):
        levels.update(parse_elementary(path))
    levels.update(parse_middle(shared / "structured" / "achievement_levels"))

    domains: dict[tuple[str, str], dict] = {}
    standards: list[dict] = []
    for code, raw in parsed["standards"].items():
        pfx = prefix_of(code)
        domain_no = code.split("-")[-2][-2:]
        key = (pfx.prefix, domain_no)
        if has_pua(raw["raw_statement"]) or code in STATEMENT_FORMULAS:
            expect, fixed = STATEMENT_FORMULAS[code]
            if expect not in raw["raw_statement"]:
                raise ValueError(f"{code}: source statement changed: {raw['raw_statement']!r}")
            statement = fixed
        else:
            statement = _tidy(raw["raw_statement"])
        domain_name = (
            ELEMENTARY_MIDDLE_DOMAINS[domain_no]
            if pfx.school_level != "고등학교"
            else parsed["domain_names"][key]
        )
        if key not in domains:
            terms = list(TERM_OVERRIDES.get(key) or _split_terms(parsed["terms_raw"].get(key, "")))
            domains[key] = {
                "subject_code": pfx.prefix,
                "subject": pfx.subject,
                "domain_no": domain_no,
                "domain": domain_name,
                "terms": terms,
                "considerations": [_tidy(c) for c in parsed["considerations"].get(key, [])],
            }
        standards.append({
            "code": code,
            "school_level": pfx.school_level,
            "grade_band": pfx.grade_band,
            "subject": pfx.subject,
            "subject_code": pfx.prefix,
            "domain_no": domain_no,
            "domain": domain_name,
            "statement": statement,
            "explanations": [_tidy(e) for e in parsed["explanations"].get(code, [])],
            "achievement_levels": levels.get(code, {}),
        })

    # Attach each domain term to the standards that mention it; unmentioned terms to all.
    by_domain: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for st in standards:
        by_domain[(st["subject_code"], st["domain_no"])].append(st)
    for key, sts in by_domain.items():
        dom = domains[key]
        for st in sts:
            st["terms"] = []
            st["considerations"] = [
                c for c in dom["considerations"]
                if st["code"] in c or not re.search(CODE, c)
            ]
        texts = {
            st["code"]: " ".join([st["statement"], *st["explanations"], *st["achievement_levels"].values(),
                                  *(c for c in st["considerations"] if st["code"] in c)])
            for st in sts
        }
        for term in dom["terms"]:
            hits = [st for st in sts if _term_in(term, texts[st["code"]])]
            if not hits:
                # no standard names it: the one whose text shares most character pairs with it
                scored = [(_bigram_overlap(term, texts[st["code"]]), st) for st in sts]
                best = max(score for score, _ in scored)
                hits = [st for score, st in scored if score == best and best > 0] or sts
            for st in hits:
                st["terms"].append(term)

    order = {p.prefix: i for i, p in enumerate(PREFIXES)}
    standards.sort(key=lambda s: (order[s["subject_code"]], s["code"]))
    return {
        "source": "교육부 고시 제2022-33호 [별책 8] 수학과 교육과정",
        "standards": standards,
        "domains": sorted(domains.values(), key=lambda d: (order[d["subject_code"]], d["domain_no"])),
    }


DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "curriculum.json"


def write_registry(shared: Path, out: Path = DATA_PATH) -> Path:
    """Build and write the registry JSON (sorted keys, fixed formatting: byte-identical reruns)."""
    registry = build_registry(shared)
    text = json.dumps(registry, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if has_pua(text):
        raise ValueError("private-use character left in the registry")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    shared = Path(argv[0]) if argv else Path("../shared/curriculum")
    print(write_registry(shared))


if __name__ == "__main__":
    main(sys.argv[1:])
