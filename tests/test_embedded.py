from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from mathtag.cli import app
from mathtag.models.embedded import EmbeddedClassifier, EmbeddedConfig
from mathtag.models.normalize import prepare

TRAIN = [
    ("이차방정식 $x^2-5x+6=0$의 해를 구하시오.", "9수02-20"),
    ("x² − 7x + 12 = 0 을 인수분해를 이용하여 푸시오.", "9수02-20"),
    ("직각삼각형의 두 변의 길이가 3, 4일 때 빗변의 길이를 구하시오.", "9수03-15"),
    ("빗변의 길이가 13인 직각삼각형에서 한 변이 5일 때 나머지 변은?", "9수03-15"),
    ("사과 3개와 배 4개는 모두 몇 개인가요?", "2수01-05"),
    ("주사위 한 개를 던질 때 짝수의 눈이 나올 확률을 구하시오.", "9수04-06"),
]


@pytest.fixture(scope="module")
def model() -> EmbeddedClassifier:
    texts, labels = zip(*TRAIN, strict=True)
    cfg = EmbeddedConfig(keep_features=20_000)
    return EmbeddedClassifier(cfg).fit(list(texts), list(labels), levels=["C", "B", "C", "B", "C", "B"],
                                       difficulties=[2, 3, 2, 3, 1, 2], valid=(list(texts), list(labels)))


def test_normalization_unifies_notations() -> None:
    forms = ["$x^{2}+2x+1=0$의 해", "x²+2x+1=0 의 해", "x^2 + 2x + 1 = 0의 해"]
    assert len({prepare(f) for f in forms}) == 1
    assert prepare("$\\frac{3}{4}$") == prepare("(3)/(4)")
    assert prepare("① 12,345원") == "§ 000원"


def test_predictions_are_registry_codes_in_scope(model: EmbeddedClassifier, cur) -> None:
    preds = model.predict(["이차방정식 x^2-3x+2=0을 푸시오.", "원의 넓이를 구하시오."], top_k=3)
    assert len(preds) == 2
    for p in preds:
        assert p.standard in cur and all(s.standard in cur for s in p.top_k)
        assert 0 <= p.confidence <= 1 and len(p.top_k) == 3
        st = cur.get(p.standard)
        assert (p.subject, p.domain, p.school_level) == (st.subject, st.domain, st.school_level)
        assert p.backend == "embedded" and p.model_version.startswith("embedded-")
    assert preds[0].standard == "9수02-20"
    scoped = model.predict(["이차방정식 x^2-3x+2=0을 푸시오."], scope="초등학교", top_k=5)[0]
    allowed = cur.scope("초등학교")
    assert scoped.standard in allowed and all(s.standard in allowed for s in scoped.top_k)
    probs = model.predict_proba(["아무 문제"], scope="12미적Ⅰ")
    assert probs.sum() <= 1 + 1e-6 and probs[0].max() > 0


def test_calibration_maps_the_top_score_and_keeps_the_ranking(model: EmbeddedClassifier) -> None:
    texts = [t for t, _ in TRAIN] + ["삼각형의 넓이를 구하시오.", "확률과 통계", "연립방정식"]
    m = EmbeddedClassifier(model.config, model.cur)
    m.__dict__.update(model.__dict__)
    m.calibration = (np.zeros(0, np.float32), np.zeros(0, np.float32))
    before = m.predict_proba(texts)
    # a made-up, decreasing-confidence map: every top score becomes 0.3
    m.calibration = (np.array([0.0, 1.0], np.float32), np.array([0.3, 0.3], np.float32))
    after = m.predict_proba(texts)
    assert (after.argmax(axis=1) == before.argmax(axis=1)).all()
    top3 = lambda P: np.argsort(-P, axis=1, kind="stable")[:, :3]  # noqa: E731
    assert (top3(after) == top3(before)).all()  # alternatives keep their order …
    assert (np.sort(after, axis=1)[:, -2] < after.max(axis=1)).all()  # … and never tie the top
    assert np.allclose(after.max(axis=1), 0.3)
    assert (after.sum(axis=1) <= 1 + 1e-6).all()
    preds = m.predict(texts, top_k=3)
    assert all(p.confidence == pytest.approx(0.3) for p in preds)
    assert all(p.top_k[0].score >= p.top_k[1].score >= p.top_k[2].score for p in preds)


def test_heads_and_concepts(model: EmbeddedClassifier) -> None:
    p = model.predict(["이차방정식 $x^2-5x+6=0$을 인수분해를 이용하여 푸시오."])[0]
    assert p.achievement_level in ("A", "B", "C", "D", "E")
    assert p.difficulty in (1, 2, 3, 4, 5)
    assert "인수분해" in p.concepts or "이차방정식" in p.concepts


def test_save_load_round_trip(model: EmbeddedClassifier, tmp_path: Path) -> None:
    path = model.save(tmp_path / "m.npz")
    loaded = EmbeddedClassifier.load(path)
    texts = [t for t, _ in TRAIN] + ["삼각형의 넓이", "12미적 극한"]
    a = model.predict(texts)
    b = loaded.predict(texts)
    assert [x.model_dump() for x in a] == [x.model_dump() for x in b]


def test_cli_classify_file_reports_bad_lines_and_keeps_order(model: EmbeddedClassifier, tmp_path: Path) -> None:
    mpath = model.save(tmp_path / "m.npz")
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join([
        json.dumps({"id": "a", "text": "이차방정식 x^2=4를 푸시오."}, ensure_ascii=False),
        "{broken json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"text": "직각삼각형의 빗변의 길이를 구하시오.", "other": 1}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["classify", "--input", str(inp), "--output", str(out), "--model", str(mpath)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "4"]
    assert "line 2" in res.output and "line 3" in res.output


def test_cli_classify_csv_cp949(model: EmbeddedClassifier, tmp_path: Path) -> None:
    mpath = model.save(tmp_path / "m.npz")
    inp = tmp_path / "bank.csv"
    inp.write_bytes("번호,문제\n1,이차방정식을 푸시오.\n2,사과는 모두 몇 개인가요?\n".encode("cp949"))
    out = tmp_path / "out.csv"
    res = CliRunner().invoke(app, ["classify", "-i", str(inp), "-o", str(out), "--text-column", "문제",
                                   "--model", str(mpath), "--scope", "중학교"])
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and lines[0].startswith("id,standard")


def test_cli_eval_writes_report(model: EmbeddedClassifier, tmp_path: Path) -> None:
    mpath = model.save(tmp_path / "m.npz")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps({"text": t, "standard": s}, ensure_ascii=False) for t, s in TRAIN), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "--data", str(gold), "--model", str(mpath), "--scope-from", "subject",
                                   "--report", str(tmp_path / "rep")])
    assert res.exit_code == 0, res.output
    metrics = json.loads((tmp_path / "rep" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["n"] == 6 and metrics["invalid_code_rate"] == 0.0
    assert 0 <= metrics["standard"]["top1"] <= 1
    html = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "성취기준" in html
