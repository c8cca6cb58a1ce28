"""The dataset card (``docs/dataset.md``), regenerated from a built corpus by ``mathtag corpus card``."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from mathtag.corpus.build import BuildReport
from mathtag.corpus.schema import FORMATS, CorpusItem
from mathtag.curriculum.registry import Curriculum

GROUPS = (
    ("초등학교 1–2학년군 (2수)", ("2수",)),
    ("초등학교 3–4학년군 (4수)", ("4수",)),
    ("초등학교 5–6학년군 (6수)", ("6수",)),
    ("중학교 (9수)", ("9수",)),
    ("공통수학1·2, 기본수학1·2", ("10공수1", "10공수2", "10기수1", "10기수2")),
    ("고등학교 선택 과목", ("12대수", "12미적Ⅰ", "12확통", "12미적Ⅱ", "12기하", "12경수", "12인수", "12직수",
                     "12수문", "12실통", "12수과")),
)

MIN_AUTHORED, MIN_BUILT, MIN_FORMATS = 6, 60, 4


def _bigrams(text: str) -> set[str]:
    t = "".join(text.split())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _similarity(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / max(1, len(x | y))


def parallel_courses(items: list[CorpusItem], cur: Curriculum) -> list[str]:
    """기본수학1·2 beside 공통수학1·2: which standards mirror which, and how much their data overlaps."""
    basic = [s for s in cur if s.subject_code in ("10기수1", "10기수2")]
    common = [s for s in cur if s.subject_code in ("10공수1", "10공수2")]
    if not basic or not common:
        return []
    n = Counter(it.standard for it in items)
    shared = Counter()
    for it in items:
        for other in it.also:
            if other[:5] != it.standard[:5] and {other[:4], it.standard[:4]} <= {"10기수", "10공수"}:
                shared[it.standard] += 1
    lines = [
        "## 기본수학 and 공통수학: how they are told apart, and how much they overlap",
        "",
        "기본수학1·2 cover the content of 공통수학1·2 at a basic level, standard by standard. Our",
        "기본수학 items use smaller numbers, more guidance (hints, step-by-step fill-ins) and fewer steps;",
        "공통수학 items add multi-step, abstract and justification problems. A plain routine exercise",
        "(\"다음 이차방정식을 푸시오\") belongs equally to both courses: such items carry the parallel",
        "code in `also`, and nothing in the text can separate them. The table pairs each 기본수학",
        "standard with the 공통수학 standard whose statement is most similar (character-bigram",
        "Jaccard), with item counts and items labelled for both. When a problem bank does not say which",
        "course it is for, treat a pair as one target (or pass the course as the scope).",
        "",
        "| 기본수학 | 공통수학 | statement similarity | items (기본/공통) | items with both labels |",
        "|---|---|---|---|---|",
    ]
    for b in basic:
        c = max(common, key=lambda s: _similarity(b.statement, s.statement))
        sim = _similarity(b.statement, c.statement)
        lines.append(f"| {b.code} | {c.code} | {sim:.2f} | {n[b.code]}/{n[c.code]} | "
                     f"{shared[b.code] + shared[c.code]} |")
    return [*lines, ""]


def hard_pairs(items: list[CorpusItem], cur: Curriculum, confusions: list[dict], limit: int = 25) -> list[str]:
    """Standards the classifier confuses most on held-out data, with an example of each side."""
    if not confusions:
        return []
    example: dict[str, str] = {}
    for it in sorted(items, key=lambda i: (i.source != "authored", len(i.text))):
        example.setdefault(it.standard, it.text.replace("\n", " ").replace("|", "\\|")[:90])
    lines = [
        "## Standards hard to tell apart from the problem text",
        "",
        "The pairs the shipped embedded model confused most on the test split (subject known; from",
        "the evaluation report given to `--confusions`). They are neighbours a problem can honestly",
        "sit between, so the classifier reports lower confidence and `needs_review` there; a pair that",
        "a real problem uses together should carry `also`.",
        "",
        "| gold | confused with | times | example of the gold standard | example of the other |",
        "|---|---|---|---|---|",
    ]
    for c in confusions[:limit]:
        g, p = c["gold"], c["predicted"]
        if g not in cur or p not in cur:
            continue
        lines.append(f"| {g} {cur.get(g).statement[:40]}… | {p} {cur.get(p).statement[:40]}… | {c['count']} | "
                     f"{example.get(g, '–')} | {example.get(p, '–')} |")
    return [*lines, ""]


# a formula, a relation or a one-letter variable: text with none of these has no notation to vary
_SYMBOLIC = re.compile(r"\$|[=<>≤≥√²³⁴ⁿπ^×÷∫∑≠]|\b[a-zA-Z]\b")


def notation_shares(items: list[CorpusItem], cur: Curriculum) -> str:
    """LaTeX share per school level among items that contain symbolic mathematics."""
    symbolic: Counter[str] = Counter()
    latex: Counter[str] = Counter()
    for it in items:
        if _SYMBOLIC.search(it.text):
            level = cur.get(it.standard).school_level
            symbolic[level] += 1
            latex[level] += "$" in it.text
    return ", ".join(f"{lv} {latex[lv] / symbolic[lv]:.0%} of {symbolic[lv]}"
                     for lv in ("초등학교", "중학교", "고등학교") if symbolic[lv])


def render_card(items: list[CorpusItem], report: BuildReport, cur: Curriculum, command: str,
                confusions: list[dict] | None = None) -> str:
    by_std: dict[str, list[CorpusItem]] = defaultdict(list)
    for it in items:
        by_std[it.standard].append(it)
    split = Counter(it.split for it in items)
    fmt = Counter(it.format for it in items)
    lines = [
        "# mathtag training corpus — dataset card",
        "",
        "Generated by a command, not by hand:",
        "",
        f"    {command}",
        "",
        "## What it is",
        "",
        "Korean school mathematics problems labelled with the 2022 revised curriculum's achievement",
        "standards. Every problem is ours: written by hand for this project (`authored`, in",
        "`src/mathtag/corpus/authored/`) or produced by our generators (`generated`,",
        "`src/mathtag/corpus/generators/`), whose answers are computed and verified in code. No",
        "third-party problem sets or exam items. Format: [corpus-format.md](corpus-format.md).",
        "",
        "## How it is built",
        "",
        "1. authored problems are loaded and validated against the registry;",
        "2. each standard's generator families produce variants (numbers, names, objects, units,",
        "   contexts, sentence templates, question forms, LaTeX/Unicode/plain notation, choice order);",
        "   every generated item passes the checks in `corpus/verify.py` (answer present and re-derived",
        "   where a check exists, exactly one correct ①~⑤ option, level valid for the school level);",
        "3. items quoting a standard's statement verbatim are dropped;",
        "4. exact duplicates (normalized text) and near duplicates (character 3-gram Jaccard ≥ 0.9,",
        "   MinHash candidates) are removed within and across standards, authored items first;",
        "5. splits 70/15/15 by **family** (all variants of one problem in one split), stratified by",
        "   standard. Held-out families are unseen templates, so valid/test measure generalization",
        "   to new problem types, not to new numbers.",
        "",
        "## Totals",
        "",
        f"- items: **{report.items}** ({report.authored} authored, {report.generated} generated); "
        f"seed {report.seed}; sha256 `{report.corpus_hash}`",
        f"- splits: train {split['train']}, valid {split['valid']}, test {split['test']}",
        f"- removed: {report.dropped_exact} exact duplicates, {report.dropped_near} near duplicates, "
        f"{report.dropped_verbatim} quoting a statement, {len(report.dropped_invalid)} generator outputs "
        f"failing checks; {len(report.conflicts)} duplicate pairs carried different labels",
        "- formats: " + ", ".join(f"{f} {fmt[f]}" for f in FORMATS),
        "- notation: of the items that write symbolic mathematics, these use `$LaTeX$` (the rest",
        "  Unicode or plain): " + notation_shares(items, cur),
        f"- concepts: only official 용어와 기호 are kept; {sum(report.dropped_concepts.values())} author "
        f"labels that are not ({len(report.dropped_concepts)} distinct, e.g. "
        f"{', '.join(c for c, _ in report.dropped_concepts.most_common(5)) or '–'}) were dropped",
        f"- standards with data: {len(by_std)} of {len(cur)}",
        "",
    ]
    lev = Counter(it.achievement_level for it in items)
    dif = Counter(it.difficulty for it in items)
    lines += [
        "## Achievement level and difficulty",
        "",
        "Elementary items use levels A–C (the official elementary descriptors have three), middle and",
        "high school A–E. Level is the performance a problem demands judged against the descriptors",
        "(routine one-step → lowest level; multi-step, non-routine or explain-why → A); difficulty is",
        "1–5 within the grade band. Both are set by the author or generator per item.",
        "",
        "| level | " + " | ".join("ABCDE") + " |", "|---|" + "---|" * 5,
        "| items | " + " | ".join(str(lev[x]) for x in "ABCDE") + " |",
        "",
        "| difficulty | 1 | 2 | 3 | 4 | 5 |", "|---|---|---|---|---|---|",
        "| items | " + " | ".join(str(dif[d]) for d in range(1, 6)) + " |",
        "",
        "## Coverage per standard",
        "",
        f"A standard meets the bar with ≥ {MIN_AUTHORED} authored problems, ≥ {MIN_BUILT} built items and ≥ "
        f"{MIN_FORMATS} formats. ✗ marks what falls short.",
        "",
    ]
    gaps: list[str] = []
    for title, prefixes in GROUPS:
        stds = [s for s in cur if s.subject_code in prefixes]
        lines += [f"### {title}", "", "| code | authored | built | families | formats | train/valid/test |",
                  "|---|---|---|---|---|---|"]
        for s in stds:
            its = by_std.get(s.code, [])
            a = sum(1 for i in its if i.source == "authored")
            fams = len({i.family for i in its if i.source == "generated"})
            fm = sorted({i.format for i in its})
            sp = Counter(i.split for i in its)
            ok = a >= MIN_AUTHORED and len(its) >= MIN_BUILT and len(fm) >= MIN_FORMATS
            if not ok:
                gaps.append(s.code)
            mark = "" if ok else " ✗"
            lines.append(f"| {s.code}{mark} | {a} | {len(its)} | {fams} | {', '.join(fm) or '–'} | "
                         f"{sp['train']}/{sp['valid']}/{sp['test']} |")
        lines.append("")
    lines += [
        "## Known gaps and biases",
        "",
        f"- {len(gaps)} of {len(cur)} standards fall short of the bar above"
        + (f" (first: {', '.join(gaps[:12])}{'…' if len(gaps) > 12 else ''})." if gaps else "."),
        "- Generated items outnumber authored ones; within a family the wording varies over a few",
        "  templates, so a classifier can learn template phrases. Evaluate on independently written",
        "  problems, not only on this corpus's test split.",
        "- Notation: the aim is about half LaTeX in middle- and high-school items; compare the",
        "  notation line under Totals. The applied electives (직무 수학, 수학과 문화, 수학과제 탐구)",
        "  are mostly prose and rarely need a formula at all.",
        "- Figures are described in words (no images); real problems that rely on a picture carry",
        "  less text than ours.",
        "- Labels, levels and difficulties were assigned by the authors of this project; a second",
        "  reader has not yet reviewed every item.",
        "",
    ]
    lines += parallel_courses(items, cur)
    lines += hard_pairs(items, cur, confusions or [])
    if report.conflicts:
        lines += ["## Duplicate pairs with different labels (first 20)", ""]
        lines += [f"- kept `{k}`, dropped `{d}`: {why}" for k, d, why in report.conflicts[:20]]
        lines.append("")
    return "\n".join(lines)
