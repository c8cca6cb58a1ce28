"""The REST API as a client meets it: a real ``mathtag serve`` process on a loopback port."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from mathtag.corpus.schema import CorpusItem  # noqa: E402
from mathtag.service.testing import ServerProcess  # noqa: E402

PROBLEM = "이차함수 y=x^2-4x+3의 그래프의 꼭짓점의 좌표를 구하시오."
PYTHAGORAS = "직각삼각형의 빗변의 길이가 13이고 한 변의 길이가 5일 때, 나머지 한 변의 길이를 구하시오."


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp("api")
    with ServerProcess(tmp / "api.db", log=tmp / "server.log") as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def error_code(r: httpx.Response) -> str:
    return r.json()["error"]["code"]


def test_health_ready_info_docs(client: httpx.Client, cur) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready", ready
    info = client.get("/v1/info").json()
    assert info["auth"] == "open" and info["backend"] == "embedded" and info["standards"] == len(cur)
    assert info["limits"]["max_batch"] == 256
    spec = client.get("/openapi.json").json()
    assert {"/v1/classify", "/v1/classify/batch", "/v1/standards", "/v1/corrections"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/docs-static/swagger-ui-bundle.js" in docs.text  # works offline
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "lang=\"ko\"" in page.text


def test_classify_one(client: httpx.Client, cur) -> None:
    r = client.post("/v1/classify", json={"text": PYTHAGORAS, "top_k": 3, "id": "q-1"})
    assert r.status_code == 200, r.text
    body = r.json()
    p = body["prediction"]
    assert body["id"] == "q-1" and body["problem_id"] and body["prediction_id"]
    assert p["standard"] in cur and p["statement"] == cur.get(p["standard"]).statement
    assert len(p["top_k"]) == 3 and p["top_k"][0]["standard"] == p["standard"]
    assert 0 <= p["confidence"] <= 1 and isinstance(p["needs_review"], bool)
    assert p["backend"] == "embedded" and p["model_version"]


def test_classify_scope_and_roman_numeral(client: httpx.Client, cur) -> None:
    r = client.post("/v1/classify", json={"text": "함수 f(x)=x^3의 x=1에서의 미분계수를 구하시오.",
                                          "scope": "미적분I", "top_k": 5, "store": False})
    assert r.status_code == 200, r.text
    body = r.json()
    allowed = cur.scope("미적분Ⅰ")
    assert all(s["standard"] in allowed for s in body["prediction"]["top_k"])
    assert body["problem_id"] is None  # store=false keeps nothing


def test_batch_keeps_order_and_ids(client: httpx.Client) -> None:
    items = [{"text": PROBLEM, "id": "a"}, {"text": PYTHAGORAS, "id": "b"}, {"text": "3+4를 계산하시오.", "id": "c"}]
    r = client.post("/v1/classify/batch", json={"items": items, "scope": "중학교, 초등"})
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert [x["id"] for x in res] == ["a", "b", "c"]
    single = client.post("/v1/classify", json={"text": PYTHAGORAS, "scope": "중학교, 초등", "store": False}).json()
    assert res[1]["prediction"]["standard"] == single["prediction"]["standard"]


@pytest.mark.parametrize(("kwargs", "status", "code"), [
    ({"content": b"{bad json", "headers": {"content-type": "application/json"}}, 400, "bad_json"),
    ({"content": b"[1, 2]", "headers": {"content-type": "application/json"}}, 400, "bad_json"),
    ({"json": {"text": ""}}, 422, "invalid_request"),
    ({"json": {"text": "   \n "}}, 422, "empty_text"),
    ({"json": {}}, 422, "invalid_request"),
    ({"json": {"text": "3+4", "top_k": 0}}, 422, "invalid_request"),
    ({"json": {"text": "3+4", "top_k": 21}}, 422, "invalid_request"),
    ({"json": {"text": "3+4", "colour": "red"}}, 422, "invalid_request"),
    ({"json": {"text": "3+4", "scope": "대학교"}}, 422, "bad_scope"),
    ({"json": {"text": "x" * 1_000_000}}, 422, "text_too_long"),  # 1 MB of ASCII: under the body limit
    ({"json": {"text": "가" * 1_000_000}}, 413, "too_large"),  # 1 M Hangul = 3 MB of UTF-8
])
def test_malformed_requests(client: httpx.Client, kwargs: dict, status: int, code: str) -> None:
    r = client.post("/v1/classify", **kwargs)
    assert r.status_code == status, r.text[:500]
    err = r.json()["error"]
    assert err["code"] == code and err["message"]


def test_batch_limits(client: httpx.Client) -> None:
    r = client.post("/v1/classify/batch", json={"items": [{"text": "3+4"}] * 257})
    assert r.status_code == 422 and error_code(r) == "batch_too_large"
    assert client.post("/v1/classify/batch", json={"items": []}).status_code == 422
    r = client.post("/v1/classify/batch", json={"items": [{"text": "3+4"}, {"text": " "}]})
    assert r.status_code == 422 and error_code(r) == "empty_text"
    r = client.post("/v1/classify/batch", json={"items": [{"text": "3+4"}, {"text": "y" * 20_001}]})
    assert r.status_code == 422 and "items.1.text" in r.json()["error"]["message"]


def test_standards_list_search_show(client: httpx.Client, cur) -> None:
    r = client.get("/v1/standards", params={"scope": "중학교", "limit": 500})
    body = r.json()
    assert body["total"] == len(cur.scope("중학교")) == len(body["items"])
    r = client.get("/v1/standards", params={"q": "피타고라스"}).json()
    assert r["items"][0]["code"] == "9수03-15"
    r = client.get("/v1/standards", params={"q": "9수02-0", "limit": 3}).json()
    assert [i["code"] for i in r["items"]] == ["9수02-01", "9수02-02", "9수02-03"]
    r = client.get("/v1/standards", params={"scope": "대학교"})
    assert r.status_code == 422 and error_code(r) == "bad_scope"
    s = client.get("/v1/standards/12미적I-01-01").json()
    assert s["code"] == "12미적Ⅰ-01-01" and s["statement"] == cur.get("12미적Ⅰ-01-01").statement
    assert client.get("/v1/standards/[9수02-05]").json()["achievement_levels"]
    r = client.get("/v1/standards/9수02-99")
    assert r.status_code == 404 and error_code(r) == "unknown_code"
    assert "9수02-09" in r.json()["error"]["details"]["suggestions"]


def test_correction_flow_and_audit(client: httpx.Client, cur) -> None:
    res = client.post("/v1/classify", json={"text": PROBLEM}).json()
    predicted = res["prediction"]["standard"]
    target = "9수02-17" if predicted != "9수02-17" else "9수02-16"
    r = client.post("/v1/corrections", json={"prediction_id": res["prediction_id"], "standard": "[" + target + "]",
                                             "note": "꼭짓점은 이차함수 단원"})
    assert r.status_code == 201, r.text
    corr = r.json()
    assert corr["action"] == "correct" and corr["from_standard"] == predicted and corr["to_standard"] == target
    assert corr["actor"] == "anonymous@127.0.0.1" and corr["to_statement"] == cur.get(target).statement
    got = client.get(f"/v1/problems/{res['problem_id']}").json()
    assert got["status"] == "corrected" and got["correction"]["to_standard"] == target
    assert [h["to_standard"] for h in got["history"]] == [target]
    # accept by problem id: from == to
    r2 = client.post("/v1/corrections", json={"problem_id": res["problem_id"], "standard": predicted}).json()
    assert r2["action"] == "accept"
    got = client.get(f"/v1/problems/{res['problem_id']}").json()
    assert got["status"] == "accepted" and len(got["history"]) == 2
    audit = client.get("/v1/audit").json()["items"]
    mine = [a for a in audit if a["target"] == res["problem_id"]]
    assert {a["action"] for a in mine} == {"correction.correct", "correction.accept"}
    assert mine[-1]["detail"]["from"] == predicted and mine[-1]["detail"]["to"] == target


def test_correction_errors(client: httpx.Client) -> None:
    res = client.post("/v1/classify", json={"text": PROBLEM}).json()
    r = client.post("/v1/corrections", json={"prediction_id": res["prediction_id"], "standard": "9수02-99"})
    assert r.status_code == 422 and error_code(r) == "unknown_code"
    assert r.json()["error"]["details"]["suggestions"]
    r = client.post("/v1/corrections", json={"prediction_id": "nope", "standard": "9수02-01"})
    assert r.status_code == 404
    r = client.post("/v1/corrections", json={"standard": "9수02-01"})
    assert r.status_code == 422 and error_code(r) == "bad_target"
    r = client.post("/v1/corrections", json={"text": "새 문제: 2x+3=7을 푸시오.", "standard": "9수02-04",
                                             "achievement_level": "D", "difficulty": 2})
    assert r.status_code == 201 and r.json()["from_standard"] is None


def test_review_queue_and_export(client: httpx.Client, cur) -> None:
    res = client.post("/v1/classify/batch", json={"items": [{"text": t} for t in (
        "다음 중 옳은 것은?\n① 1 ② 2 ③ 3 ④ 4 ⑤ 5", "어떤 수를 구하여라.", "□ 안에 알맞은 수를 쓰시오. 3+□=8")]}).json()
    queue = client.get("/v1/problems", params={"status": "needs_review", "limit": 200}).json()
    queued = {p["id"] for p in queue["items"]}
    assert all(p["status"] == "needs_review" for p in queue["items"])
    low = [r for r in res["results"] if r["prediction"]["needs_review"]]
    assert {r["problem_id"] for r in low} <= queued
    if low:
        client.post("/v1/corrections", json={"problem_id": low[0]["problem_id"], "standard": "2수01-05"})
        queue = client.get("/v1/problems", params={"status": "needs_review", "limit": 200}).json()
        assert low[0]["problem_id"] not in {p["id"] for p in queue["items"]}
    r = client.get("/v1/corrections/export")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    items = [CorpusItem.model_validate_json(line) for line in r.text.splitlines()]
    assert items and all(i.source == "correction" and i.standard in cur for i in items)
    assert len({i.id for i in items}) == len(items)  # latest correction per problem only
    assert client.get("/v1/corrections").json()["total"] >= len(items)


def test_bank_job_cp949_csv(client: httpx.Client, tmp_path: Path) -> None:
    csv_text = "id,문제\n1,삼각형의 세 내각의 크기의 합을 구하시오.\n2,\n3,\"일차방정식 2x+3=7을 푸시오.\"\n"
    files = {"file": ("문제은행.csv", io.BytesIO(csv_text.encode("cp949")), "text/csv")}
    r = client.post("/v1/jobs", files=files, data={"text_column": "문제", "scope": "중학교"})
    assert r.status_code == 202, r.text
    job = r.json()
    for _ in range(300):
        job = client.get(f"/v1/jobs/{job['id']}").json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["status"] == "done", job
    assert (job["total_rows"], job["rejected_rows"]) == (3, 1)
    out = client.get(job["output_url"])
    assert out.status_code == 200
    text = out.content.decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("id,문제,standard,statement,confidence") and len(lines) == 3
    rej = client.get(job["rejected_url"]).content.decode("utf-8-sig")
    assert "text is empty" in rej
    r = client.post("/v1/jobs", files={"file": ("bank.pdf", b"%PDF", "application/pdf")})
    assert r.status_code == 422 and error_code(r) == "bad_format"
    r = client.post("/v1/jobs", files={"file": ("b.csv", b"a,b\n1,2\n", "text/csv")})
    assert r.status_code == 422 and "--text-column" in r.json()["error"]["message"]
    assert client.get("/v1/jobs/nope").status_code == 404


def test_metrics_count_what_happened(client: httpx.Client) -> None:
    client.post("/v1/classify", json={"text": PROBLEM, "store": False})
    m = client.get("/metrics")
    assert m.status_code == 200
    lines = m.text.splitlines()
    assert any(line.startswith('mathtag_http_requests_total{method="POST",route="/v1/classify",status="200"}')
               for line in lines)
    total = [float(line.split()[-1]) for line in lines if line.startswith('mathtag_classifications_total{')]
    assert total and total[0] >= 5
    assert any(line.startswith("mathtag_corrections_total") for line in lines)
    assert any(line.startswith('mathtag_model_info{backend="embedded"') for line in lines)


def test_unknown_route_is_json(client: httpx.Client) -> None:
    r = client.get("/v1/nothing")
    assert r.status_code == 404 and error_code(r) == "not_found"
    assert json.loads(r.text)["error"]["message"]
