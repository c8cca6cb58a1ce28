"""Write an evaluation as ``metrics.json`` and a self-contained ``report.html`` (inline SVG plots).

The HTML needs no server, script or plotting library: a teacher opens it in any browser.
"""

from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from mathtag.curriculum.registry import Curriculum


def _reliability_svg(bins: list[dict], size: int = 320) -> str:
    pad = 36
    inner = size - 2 * pad
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" role="img" '
             f'aria-label="reliability diagram">',
             f'<rect x="{pad}" y="{pad}" width="{inner}" height="{inner}" fill="#fafafa" stroke="#999"/>',
             f'<line x1="{pad}" y1="{pad + inner}" x2="{pad + inner}" y2="{pad}" stroke="#bbb" stroke-dasharray="4"/>']
    w = inner / max(len(bins), 1)
    for i, b in enumerate(bins):
        if b["accuracy"] is None:
            continue
        h = b["accuracy"] * inner
        parts.append(f'<rect x="{pad + i * w + 1:.1f}" y="{pad + inner - h:.1f}" width="{w - 2:.1f}" '
                     f'height="{h:.1f}" fill="#4a7bd0"><title>{b["lo"]:.1f}–{b["hi"]:.1f}: '
                     f'acc {b["accuracy"]}, conf {b["confidence"]}, n {b["count"]}</title></rect>')
    parts.append(f'<text x="{size / 2}" y="{size - 6}" font-size="12" text-anchor="middle">신뢰도(confidence)</text>')
    parts.append(f'<text x="12" y="{size / 2}" font-size="12" transform="rotate(-90 12 {size / 2})" '
                 f'text-anchor="middle">정확도(accuracy)</text></svg>')
    return "".join(parts)


def _bars_svg(rows: list[tuple[str, float, int]], width: int = 640) -> str:
    h = 20
    height = h * len(rows) + 10
    label_w = 220
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">']
    for i, (name, acc, n) in enumerate(rows):
        y = 5 + i * h
        bw = (width - label_w - 80) * (acc or 0)
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="12" text-anchor="end">{html.escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{bw:.1f}" height="{h - 6}" fill="#5aa469"/>')
        parts.append(f'<text x="{label_w + bw + 4:.1f}" y="{y + 14}" font-size="11">{(acc or 0) * 100:.1f}% (n={n})</text>')
    parts.append("</svg>")
    return "".join(parts)


def _heatmap_svg(codes: list[str], counts: Counter[tuple[str, str]], cell: int = 14) -> str:
    n = len(codes)
    label = 110
    size = label + n * cell + 10
    mx = max(counts.values(), default=1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}">']
    for i, c in enumerate(codes):
        parts.append(f'<text x="{label - 4}" y="{label + i * cell + cell - 3}" font-size="9" text-anchor="end">{html.escape(c)}</text>')
        parts.append(f'<text x="{label + i * cell + cell - 3}" y="{label - 4}" font-size="9" '
                     f'transform="rotate(-90 {label + i * cell + cell - 3} {label - 4})">{html.escape(c)}</text>')
    for i, g in enumerate(codes):
        for j, p in enumerate(codes):
            v = counts.get((g, p), 0)
            if not v:
                continue
            shade = 0.15 + 0.85 * v / mx
            color = f"rgba(208,74,74,{shade:.2f})" if g != p else f"rgba(74,123,208,{shade:.2f})"
            parts.append(f'<rect x="{label + j * cell}" y="{label + i * cell}" width="{cell - 1}" height="{cell - 1}" '
                         f'fill="{color}"><title>{html.escape(g)} → {html.escape(p)}: {v}</title></rect>')
    parts.append("</svg>")
    return "".join(parts)


def write_report(metrics: dict, out_dir: Path, cur: Curriculum, gold_codes: Sequence[str],
                 pred_codes: Sequence[str], title: str = "mathtag 평가 보고서") -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    mpath = out_dir / "metrics.json"
    mpath.write_text(json.dumps(metrics, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    s = metrics["standard"]

    def pct(x: float | None) -> str:
        return "–" if x is None else f"{x * 100:.1f}%"

    summary = [
        ("문항 수", str(metrics["n"])), ("성취기준 정확도(top-1)", pct(s["top1"])), ("top-3", pct(s["top3"])),
        ("top-5", pct(s["top5"])), ("top-1 (also 허용)", pct(s["top1_with_also"])), ("macro-F1", f"{s['macro_f1']:.3f}"),
        ("과목 정확도", pct(metrics["subject_accuracy"])), ("학년군 정확도", pct(metrics["grade_band_accuracy"])),
        ("영역 정확도", pct(metrics["domain_accuracy"])), ("유효하지 않은 코드 비율", pct(metrics["invalid_code_rate"])),
        ("검토 필요 비율", pct(metrics["needs_review_rate"])), ("검토 불필요 문항 정확도", pct(metrics["accuracy_when_not_flagged"])),
        ("ECE (보정 오차)", str(metrics["calibration"]["ece"])),
        ("지연 p50 / p95 (ms)", f"{metrics['latency_ms']['p50']} / {metrics['latency_ms']['p95']}"),
        ("처리량 (문항/초)", str(metrics["throughput_per_s"])),
    ]
    subj_rows = [(k, v["top1"], v["n"]) for k, v in metrics["by"]["subject"].items()]
    level_rows = [(k, v["top1"], v["n"]) for k, v in metrics["by"]["school_level"].items()]
    conf_rows = "".join(
        f"<tr><td>{html.escape(c['gold'])}</td><td>{html.escape(cur.get(c['gold']).statement)}</td>"
        f"<td>{html.escape(c['predicted'])}</td><td>{html.escape(cur.get(c['predicted']).statement)}</td>"
        f"<td>{c['count']}</td></tr>"
        for c in metrics["confusions"][:20]
    )
    std_rows = "".join(
        f"<tr><td>{html.escape(code)}</td><td>{html.escape(cur.get(code).statement)}</td><td>{v['n']}</td>"
        f"<td>{pct(v['top1'])}</td></tr>"
        for code, v in sorted(metrics["by"]["standard"].items(), key=lambda kv: (kv[1]["top1"] or 0, kv[0]))
    )
    pairs: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for g, p in zip(gold_codes, pred_codes, strict=True):
        if cur.get(g).subject_code == cur.get(p).subject_code:
            pairs[cur.get(g).subject_code][(g, p)] += 1
    heatmaps = []
    for subj, cnt in sorted(pairs.items()):
        codes = sorted({c for pair in cnt for c in pair}, key=cur.codes.index)
        if len(codes) > 1 and any(g != p for g, p in cnt):
            heatmaps.append(f"<h3>{html.escape(cur.get(codes[0]).subject)} ({html.escape(subj)})</h3>{_heatmap_svg(codes, cnt)}")
    page = f"""<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px;font-size:13px;vertical-align:top}}h2{{margin-top:2em}}</style></head><body>
<h1>{html.escape(title)}</h1>
<h2>요약</h2><table>{"".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in summary)}</table>
<h2>학교급별 정확도</h2>{_bars_svg(level_rows)}
<h2>과목별 정확도</h2>{_bars_svg(subj_rows)}
<h2>신뢰도 보정 (reliability diagram)</h2><p>막대가 대각선에 가까울수록 신뢰도가 실제 정확도와 일치합니다.</p>
{_reliability_svg(metrics["calibration"]["bins"])}
<h2>자주 혼동한 성취기준</h2><table><tr><th>정답</th><th>정답 성취기준</th><th>예측</th><th>예측 성취기준</th><th>횟수</th></tr>{conf_rows}</table>
<h2>과목별 혼동 행렬</h2><p>행: 정답, 열: 예측. 파랑은 맞힌 문항, 빨강은 혼동.</p>{"".join(heatmaps)}
<h2>성취기준별 정확도 (낮은 순)</h2><table><tr><th>코드</th><th>성취기준</th><th>문항 수</th><th>정확도</th></tr>{std_rows}</table>
</body></html>"""
    hpath = out_dir / "report.html"
    hpath.write_text(page, encoding="utf-8")
    return {"metrics": mpath, "report": hpath}
