"""Whole-bank tagging (``mathtag tag-bank``): formats, rejected rows, and crash-and-resume."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("openpyxl")

from mathtag.models.embedded import EmbeddedClassifier
from mathtag.service.bank import TAG_COLUMNS, BankError, BankOptions, tag_bank

TEXTS = [
    "삼각형의 세 내각의 크기의 합을 구하시오.",
    "일차방정식 2x+3=7을 푸시오.",
    "직각삼각형의 빗변의 길이가 13이고 한 변의 길이가 5일 때, 나머지 한 변의 길이를 구하시오.",
    "37+48을 계산하시오.",
    "함수 f(x)=x^3의 x=1에서의 미분계수를 구하시오.",
    "주사위를 한 번 던질 때 짝수의 눈이 나올 확률을 구하시오.",
]


@pytest.fixture(scope="module")
def clf() -> EmbeddedClassifier:
    return EmbeddedClassifier.load()


def classify_fn(clf):
    return lambda texts, scope, top_k: clf.predict(texts, scope=scope, top_k=top_k)


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mathtag", *args], capture_output=True, text=True, timeout=timeout)


def test_jsonl_with_bad_rows(tmp_path: Path, clf) -> None:
    src = tmp_path / "bank.jsonl"
    lines = [json.dumps({"id": f"q{i}", "text": t, "학년": "중1"}, ensure_ascii=False) for i, t in enumerate(TEXTS)]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "empty", "text": "  "}))
    lines.append(json.dumps({"id": "long", "text": "가" * 20_001}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = tag_bank(src, out, classify_fn(clf), BankOptions(top_k=3), batch_size=2)
    assert (res.total, res.tagged, res.rejected) == (9, 6, 3)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"q{i}" for i in range(6)]
    assert all(r["학년"] == "중1" and len(r["alternatives"]) == 3 and r["statement"] for r in rows)
    bad = [json.loads(line) for line in res.rejected_path.read_text(encoding="utf-8").splitlines()]
    assert [b["line"] for b in bad] == [3, 5, 9]
    assert {b["reason"] for b in bad} == {"invalid JSON: Expecting property name enclosed in double quotes",
                                          "text is empty", "text longer than 20000 characters"}
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob("*.state.json"))


def test_cp949_csv_via_cli(tmp_path: Path) -> None:
    src = tmp_path / "은행.csv"
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["번호", "문제", "출처"])
    for i, t in enumerate(TEXTS):
        w.writerow([i, t, "교과서"])
    w.writerow([99, "", "빈칸"])
    src.write_bytes(buf.getvalue().encode("cp949"))
    out = tmp_path / "은행.tagged.csv"
    r = run_cli("tag-bank", str(src), "--text-column", "문제", "--scope", "중학교, 초등", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "6 rows tagged, 1 rejected" in r.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [row["번호"] for row in rows] == [str(i) for i in range(6)]
    assert list(rows[0])[:3] == ["번호", "문제", "출처"] and set(TAG_COLUMNS) <= set(rows[0])
    rej = (tmp_path / "은행.tagged.rejected.csv").read_text(encoding="utf-8-sig")
    assert "text is empty" in rej
    r = run_cli("tag-bank", str(src), "--text-column", "question")
    assert r.returncode == 2 and "--text-column" in r.stderr
    r = run_cli("tag-bank", str(src), "--text-column", "문제", "--scope", "대학교")
    assert r.returncode == 2 and "unknown scope" in r.stderr


def test_xlsx_roundtrip_and_column_clash(tmp_path: Path, clf) -> None:
    from openpyxl import Workbook, load_workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["id", "text", "standard"])
    for i, t in enumerate(TEXTS):
        ws.append([i + 1, t, None])
    ws.append([None, None, None])  # an empty row is skipped, not rejected
    ws.append([100, None, None])
    src = tmp_path / "bank.xlsx"
    wb.save(src)
    with pytest.raises(BankError, match="--prefix"):
        tag_bank(src, tmp_path / "o.xlsx", classify_fn(clf))
    res = tag_bank(src, tmp_path / "o.xlsx", classify_fn(clf), BankOptions(prefix="tag_"))
    assert (res.tagged, res.rejected) == (6, 1)
    rows = list(load_workbook(tmp_path / "o.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:4] == ("id", "text", "standard", "tag_standard")
    assert [r[0] for r in rows[1:]] == [str(i + 1) for i in range(6)]
    assert all(r[3] for r in rows[1:])
    with pytest.raises(BankError, match="format"):
        tag_bank(src, tmp_path / "o.csv", classify_fn(clf))


def _big_bank(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            if i % 97 == 13:
                f.write(json.dumps({"id": i, "text": ""}) + "\n")
            else:
                f.write(json.dumps({"id": i, "text": f"{TEXTS[i % len(TEXTS)]} ({i}번)"}, ensure_ascii=False) + "\n")


def _state(out: Path) -> dict | None:
    p = out.with_name(out.name + ".state.json")
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _check_exactly_once(out: Path, n: int) -> None:
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    rejected = [json.loads(line)["line"] - 1 for line in
                out.with_name(out.stem + ".rejected.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(ids + rejected) == list(range(n)), "a row was lost or duplicated"
    assert ids == sorted(ids)
    assert rejected == [i for i in range(n) if i % 97 == 13]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_crash_and_resume(tmp_path: Path, sig: signal.Signals) -> None:
    n = 1500
    src, out = tmp_path / "bank.jsonl", tmp_path / "tagged.jsonl"
    _big_bank(src, n)
    cmd = [sys.executable, "-m", "mathtag", "tag-bank", str(src), "--out", str(out), "--batch-size", "16"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        st = _state(out)
        if st and st["next_index"] >= 200:
            break
        time.sleep(0.01)
    else:
        proc.kill()
        pytest.fail("tag-bank made no progress")
    os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=30)
    st = _state(out)
    assert st is not None and 0 < st["next_index"] < n, "killed too late to test a resume"
    if sig == signal.SIGKILL:
        assert proc.returncode == -9
        with out.with_name(out.name + ".part").open("ab") as f:  # a torn write after the checkpoint
            f.write(b'{"i": 99999, "row": {"id": "half-writ')
    else:
        assert proc.returncode == 130 and "resume" in err
    assert not out.exists()
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert f"resumed at row {st['next_index'] + 1}" in r.stderr
    _check_exactly_once(out, n)


def test_resume_refuses_changed_input(tmp_path: Path, clf) -> None:
    src, out = tmp_path / "bank.jsonl", tmp_path / "t.jsonl"
    _big_bank(src, 50)
    calls = [0]

    def boom(texts, scope, top_k):
        calls[0] += 1
        if calls[0] == 2:
            raise KeyboardInterrupt
        return clf.predict(texts, scope=scope, top_k=top_k)

    with pytest.raises(KeyboardInterrupt):
        tag_bank(src, out, boom, batch_size=10)
    assert _state(out)["next_index"] == 10
    src.write_text(src.read_text(encoding="utf-8") + json.dumps({"id": 50, "text": "새 문제"}) + "\n", encoding="utf-8")
    with pytest.raises(BankError, match="changed"):
        tag_bank(src, out, classify_fn(clf), batch_size=10)
    with pytest.raises(BankError, match="options"):
        _big_bank(src, 50)
        tag_bank(src, out, classify_fn(clf), BankOptions(top_k=2), batch_size=10)
    res = tag_bank(src, out, classify_fn(clf), BankOptions(top_k=2), batch_size=10, restart=True)
    assert res.resumed_at == 0 and res.tagged + res.rejected == 50


def test_api_job_survives_server_crash(tmp_path: Path) -> None:
    """A bank job of a server killed with SIGKILL resumes when the server starts again."""
    import httpx

    from mathtag.service.testing import ServerProcess

    n = 1500
    src = tmp_path / "bank.jsonl"
    _big_bank(src, n)
    db = tmp_path / "jobs.db"
    srv = ServerProcess(db, log=tmp_path / "server1.log").__enter__()
    try:
        r = httpx.post(srv.url + "/v1/jobs", files={"file": ("bank.jsonl", src.read_bytes(), "application/jsonl")},
                       timeout=60)
        assert r.status_code == 202, r.text
        job_id = r.json()["id"]
        state = tmp_path / "jobs-data" / "jobs" / job_id / "output.jsonl.state.json"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            st = json.loads(state.read_text()) if state.exists() else None
            if st and st["next_index"] >= 100:
                break
            time.sleep(0.01)
        srv.proc.kill()
        srv.proc.wait()
    finally:
        srv.stop()
    st = json.loads(state.read_text())
    assert 0 < st["next_index"] < n, "killed too late to test a resume"
    with ServerProcess(db, log=tmp_path / "server2.log") as srv2:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            job = httpx.get(f"{srv2.url}/v1/jobs/{job_id}").json()
            if job["status"] in ("done", "failed"):
                break
            time.sleep(0.2)
        assert job["status"] == "done", job
        assert (job["total_rows"], job["rejected_rows"]) == (n, len([i for i in range(n) if i % 97 == 13]))
        out = httpx.get(f"{srv2.url}/v1/jobs/{job_id}/output").text
        rej = httpx.get(f"{srv2.url}/v1/jobs/{job_id}/rejected").text
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    bad = [json.loads(line)["line"] - 1 for line in rej.splitlines()]
    assert sorted(ids + bad) == list(range(n))
