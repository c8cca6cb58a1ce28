"""The remote backend and the cascade against a REAL OpenAI-compatible server on loopback.

The server is ``mathtag model serve`` (FastAPI + uvicorn + transformers) on the tiny gpt-oss
checkpoint, started as a subprocess: real HTTP, real Harmony rendering, real generation. The tiny
model is random, so accuracy means nothing here; protocol, parsing, constraints and recovery do.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("openai_harmony")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("httpx")

from typer.testing import CliRunner

from mathtag.cli import app
from mathtag.models.remote.backend import RemoteClassifier, RemoteOptions, validate_answer
from mathtag.models.remote.cascade import CascadeClassifier
from mathtag.models.remote.client import (
    ModelNotServed,
    OpenAIClient,
    RemoteConfig,
    ServerUnavailable,
    split_harmony,
)

SCOPE = "9수02-19,9수02-20,9수02-21,9수02-22"
TEXTS = ["이차방정식 x^2-5x+6=0을 푸시오.", "이차함수 y=x^2-4x+3의 꼭짓점을 구하시오."]
FAST = RemoteOptions(max_tokens=24)  # short analysis: the protocol is the same, the tests are faster


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(model: Path, name: str = "tiny") -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "mathtag.cli", "model", "serve", "--model", str(model),
                             "--port", str(port), "--served-model-name", name, "--max-batch", "4"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return proc, f"http://127.0.0.1:{port}/v1"


def wait_ready(proc: subprocess.Popen, url: str) -> None:
    import httpx

    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            if httpx.get(f"{url}/models", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise RuntimeError("server did not start in 180 s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    from mathtag.models.gptoss.tiny import TinyConfig, init_tiny

    return init_tiny(tmp_path_factory.mktemp("tiny"), TinyConfig(
        hidden_size=32, num_attention_heads=2, num_key_value_heads=1, head_dim=16, intermediate_size=32,
        num_local_experts=4, num_experts_per_tok=2))


@pytest.fixture(scope="module")
def servers(tiny: Path):
    """Two servers started together (start-up is the slow part): one for the tests, one to kill."""
    procs = [launch(tiny), launch(tiny)]
    try:
        for proc, url in procs:
            wait_ready(proc, url)
        yield procs
    finally:
        for proc, _ in procs:
            stop(proc)


@pytest.fixture(scope="module")
def server(servers) -> str:
    return servers[0][1]


def config(url: str, **kw) -> RemoteConfig:
    return RemoteConfig(base_url=url, model="tiny", concurrency=2, max_retries=1, backoff_s=0.05, **kw)


# -- the server ---------------------------------------------------------------------------------
def test_server_lists_the_model_and_refuses_another(server: str) -> None:
    with OpenAIClient(config(server)) as c:
        assert c.models() == ["tiny"]
        c.check_model()
    with OpenAIClient(RemoteConfig(base_url=server, model="openai/gpt-oss-20b")) as c, \
            pytest.raises(ModelNotServed, match=r"serves \['tiny'\].*--model tiny"):
        c.check_model()
    with pytest.raises(ModelNotServed):
        RemoteClassifier.load(config=RemoteConfig(base_url=server, model="gpt-oss-20b"))


def test_json_schema_is_honoured_on_both_apis(server: str) -> None:
    schema = {"type": "object", "properties": {"standard": {"type": "string", "enum": ["9수02-20", "9수02-22"]},
                                               "difficulty": {"type": "integer", "minimum": 1, "maximum": 5}},
              "required": ["standard", "difficulty"], "additionalProperties": False}
    msgs = [{"role": "system", "content": "JSON only"}, {"role": "user", "content": TEXTS[0]}]
    for api in ("chat", "responses"):
        with OpenAIClient(config(server, api=api)) as c:
            out = c.complete(msgs, effort="low", schema=schema, max_tokens=24)
        obj = json.loads(out.content)
        assert obj["standard"] in ("9수02-20", "9수02-22") and 1 <= obj["difficulty"] <= 5, api
        assert isinstance(out.reasoning, str) and out.reasoning, api  # the analysis channel, kept
        assert out.prompt_tokens > 50 and out.completion_tokens > 0


# -- the remote backend ---------------------------------------------------------------------------
@pytest.mark.parametrize("api", ["chat", "responses"])
def test_remote_backend_answers_within_the_candidates(server: str, cur, api: str) -> None:
    clf = RemoteClassifier.load(config=config(server, api=api), options=FAST)
    preds = clf.predict(TEXTS, scope=SCOPE, top_k=3)
    assert len(preds) == 2
    for p in preds:
        assert p.path == "llm" and p.backend == "openai" and p.fallback_reason is None
        assert p.standard in SCOPE.split(",") and p.standard in cur
        assert p.top_k[0].standard == p.standard and all(s.standard in SCOPE.split(",") for s in p.top_k)
        assert p.tokens and p.tokens.prompt > 100 and p.tokens.completion > 0
        assert isinstance(p.reasoning, str) and p.latency_ms and p.latency_ms > 0
        assert p.statement == cur.get(p.standard).statement and p.subject == cur.get(p.standard).subject
    clf.close()


def test_large_scope_is_narrowed_to_embedded_candidates(server: str) -> None:
    clf = RemoteClassifier.load(config=config(server), options=FAST.model_copy(update={"candidates": 3}))
    emb = clf.retriever.predict(TEXTS[:1], scope="중학교", top_k=3)[0]
    p = clf.predict(TEXTS[:1], scope="중학교", top_k=3)[0]
    assert p.path == "llm" and p.standard in {s.standard for s in emb.top_k}


def test_junk_answers_fall_back_explicitly(server: str, cur) -> None:
    """Without structured output the random model writes junk: retried, then the embedded answer,
    marked as a fallback with the reason — never a wrong code, never a lost item."""
    clf = RemoteClassifier.load(config=config(server), options=FAST.model_copy(update={"structured": "none"}))
    preds = clf.predict(TEXTS, scope=SCOPE, top_k=3)
    emb = clf.retriever.predict(TEXTS, scope=SCOPE, top_k=3)
    assert len(preds) == 2
    for p, e in zip(preds, emb, strict=True):
        assert p.path == "fallback" and p.needs_review and p.standard == e.standard and p.standard in cur
        assert "invalid answer after 2 attempt(s)" in p.fallback_reason
        assert p.tokens and p.tokens.completion > 0  # the wasted tokens are accounted for
        assert p.raw_code not in SCOPE.split(",")  # the eval counts the invalid output
    dumped = preds[0].model_dump()
    assert dumped["path"] == "fallback" and dumped["fallback_reason"]


def test_server_dying_mid_batch_loses_nothing(servers) -> None:
    proc, url = servers[1]
    try:
        clf = RemoteClassifier.load(config=RemoteConfig(base_url=url, model="tiny", concurrency=1, max_retries=1,
                                                        backoff_s=0.05, timeout_s=30), options=FAST)
        done: list[int] = []

        def kill_after_first(i: int, p) -> None:
            done.append(i)
            if len(done) == 1:
                proc.kill()
                proc.wait(timeout=10)

        clf.on_item = kill_after_first
        texts = [*TEXTS, "x^2=9의 해를 구하시오.", "y=2x^2의 그래프의 축은?"]
        preds = clf.predict(texts, scope=SCOPE)
    finally:
        stop(proc)
    assert len(preds) == 4 and sorted(done) == [0, 1, 2, 3]
    paths = [p.path for p in preds]
    assert paths.count("llm") == 1 and paths.count("fallback") == 3
    for p in preds:
        if p.path == "fallback":
            assert p.fallback_reason.startswith("server error: cannot reach") and p.needs_review
        assert p.standard in SCOPE.split(",")


def test_server_down_is_a_clear_error() -> None:
    url = f"http://127.0.0.1:{_free_port()}/v1"
    with pytest.raises(ServerUnavailable, match=r"cannot reach .* is the server running"):
        RemoteClassifier.load(config=RemoteConfig(base_url=url, model="m", max_retries=1, backoff_s=0.01))


# -- the cascade ----------------------------------------------------------------------------------
def test_cascade_routes_by_embedded_confidence(server: str) -> None:
    opts = FAST
    everything = CascadeClassifier.load(config=config(server), options=opts, gate=0.0).predict(TEXTS, scope=SCOPE)
    assert [p.path for p in everything] == ["embedded", "embedded"]
    assert all(p.tokens is None and p.backend == "cascade" for p in everything)
    nothing = CascadeClassifier.load(config=config(server), options=opts, gate=1.01).predict(TEXTS, scope=SCOPE)
    assert [p.path for p in nothing] == ["llm", "llm"]
    c = CascadeClassifier.load(config=config(server), options=opts)
    assert c.gate == pytest.approx(c.retriever.review_threshold)


# -- the CLI --------------------------------------------------------------------------------------
def test_cli_classify_and_eval_through_the_server(server: str, tmp_path: Path, cur) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["classify", TEXTS[0], "--backend", "openai", "--base-url", server, "--model", "tiny",
                              "--scope", SCOPE, "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    p = json.loads(res.stdout.strip().splitlines()[-1])
    assert p["path"] == "llm" and p["standard"] in SCOPE.split(",") and p["tokens"]["prompt"] > 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"text": t, "standard": s}, ensure_ascii=False) + "\n"
                            for t, s in zip(TEXTS, ["9수02-20", "9수02-22"], strict=True)), encoding="utf-8")
    res = runner.invoke(app, ["eval", "--data", str(gold), "--scope", SCOPE, "--backend", "cascade", "--base-url", server,
                              "--model", "tiny", "--threshold", "1.01", "--report", str(tmp_path / "rep")])
    assert res.exit_code == 0, res.output
    m = json.loads((tmp_path / "rep" / "metrics.json").read_text(encoding="utf-8"))
    assert m["n"] == 2 and m["paths"]["sent_to_llm"] == 1.0 and m["paths"]["paths"]["llm"]["n"] == 2
    assert m["paths"]["tokens_total"]["prompt"] > 0 and m["paths"]["paths"]["llm"]["latency_ms"]["p50"] > 0
    assert "sent to LLM 100.0%" in res.output


def test_cli_bad_server_fails_in_plain_words() -> None:
    url = f"http://127.0.0.1:{_free_port()}/v1"
    res = CliRunner().invoke(app, ["classify", TEXTS[0], "--backend", "openai", "--base-url", url, "--model", "m"])
    assert res.exit_code == 2 and "cannot reach" in res.output
    res = CliRunner().invoke(app, ["classify", TEXTS[0], "--backend", "openai"])
    assert res.exit_code == 2 and "--base-url" in res.output


def test_doctor_passes_on_a_good_server_and_explains_a_bad_one(server: str) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["doctor", "--base-url", server])  # model inferred: the only one served
    assert res.exit_code == 0, res.output
    for name in ("reachable", "model listed", "structured output", "sample classified"):
        assert f"✓ {name}" in res.output
    res = runner.invoke(app, ["doctor", "--base-url", server, "--model", "gpt-oss-20b"])
    assert res.exit_code == 1 and "Pass --model tiny" in res.output
    res = runner.invoke(app, ["doctor", "--base-url", f"http://127.0.0.1:{_free_port()}"])
    assert res.exit_code == 1 and "Start the server" in res.output


# -- pieces that need no model --------------------------------------------------------------------
def test_validation_is_strict(cur) -> None:
    allowed = ["9수02-20", "9수02-22"]
    ok, raw, _ = validate_answer(cur, '```json\n{"standard": "[9수02-20]", "achievement_level": "Z", "difficulty": 9}\n```', allowed)
    assert ok and ok.standard == "9수02-20" and ok.achievement_level is None and ok.difficulty is None and raw == "9수02-20"
    bad, raw, why = validate_answer(cur, '{"standard": "9수02-99"}', allowed)
    assert bad is None and raw == "9수02-99" and "not a standard" in why
    bad, raw, why = validate_answer(cur, '{"standard": "9수02-21"}', allowed)
    assert bad is None and "not among the allowed" in why
    assert validate_answer(cur, "I think 9수02-20", allowed)[0] is None


def test_harmony_text_is_split_when_the_server_does_not_parse_it() -> None:
    raw = '<|channel|>analysis<|message|>생각<|end|><|start|>assistant<|channel|>final<|message|>{"standard": "x"}<|return|>'
    assert split_harmony(raw) == ("생각", '{"standard": "x"}')
    assert split_harmony('analysis생각assistantfinal{"a": 1}') == ("생각", '{"a": 1}')
    assert split_harmony('{"a": 1}') == (None, '{"a": 1}')


class _Flaky(BaseHTTPRequestHandler):
    """A real HTTP server that fails the first requests (429 with Retry-After, then 503)."""

    calls = 0

    def do_POST(self) -> None:
        type(self).calls += 1
        self.rfile.read(int(self.headers["content-length"]))
        if self.calls == 1:
            self.send_response(429)
            self.send_header("retry-after", "0")
            self.end_headers()
            return
        if self.calls == 2:
            self.send_response(503)
            self.end_headers()
            return
        body = json.dumps({"model": "m", "choices": [{"message": {"content": '{"standard": "9수02-20"}',
                                                                   "reasoning_content": "r"}, "finish_reason": "stop"}],
                           "usage": {"prompt_tokens": 5, "completion_tokens": 3}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_429_and_5xx_are_retried_with_backoff() -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        cfg = RemoteConfig(base_url=f"http://127.0.0.1:{httpd.server_port}", model="m", max_retries=3, backoff_s=0.01)
        with OpenAIClient(cfg) as c:
            out = c.complete([{"role": "user", "content": "x"}])
            assert out.attempts == 3 and out.reasoning == "r" and out.completion_tokens == 3
            sleeps = [c._sleep_for(n, None) for n in range(6)]
        assert all(0.005 * 2 ** n <= s <= 0.01 * 2 ** n + 1e-9 for n, s in enumerate(sleeps))  # equal jitter
        _Flaky.calls = 1  # next call answers 503 then 200
        with OpenAIClient(cfg.model_copy(update={"max_retries": 0})) as c, pytest.raises(Exception, match="HTTP 503"):
            c.complete([{"role": "user", "content": "x"}])
    finally:
        httpd.shutdown()


# -- a third-party server: transformers serve -------------------------------------------------------
def test_tiny_chat_template_renders_what_openai_harmony_renders(tiny: Path) -> None:
    """The chat template written with the tiny tokenizer (for chat-template servers) gives the same
    tokens as the real Harmony renderer for a classifier conversation, history included."""
    from transformers import AutoTokenizer

    from mathtag.models.gptoss import harmony
    from mathtag.models.remote.server import HarmonyEngine

    tok = AutoTokenizer.from_pretrained(tiny)
    msgs = [{"role": "system", "content": "지시문: 성취기준 코드 하나"}, {"role": "user", "content": TEXTS[0]},
            {"role": "assistant", "content": '{"standard": "9수02-20"}'}, {"role": "user", "content": "다시 답하세요."}]
    engine = HarmonyEngine.__new__(HarmonyEngine)
    engine.h, engine.enc = harmony, harmony.encoding()
    for effort in ("low", "high"):
        ids = tok.apply_chat_template(msgs, tokenize=True, add_generation_prompt=True, reasoning_effort=effort,
                                      conversation_date=harmony.CONVERSATION_DATE)
        ids = ids["input_ids"] if hasattr(ids, "keys") else ids
        assert list(ids) == engine.render(msgs, effort)


@pytest.mark.slow
def test_transformers_serve_without_structured_output_falls_back(tiny: Path) -> None:
    """``transformers serve`` (offline, local path) ignores json_schema and reasoning_effort: every junk
    answer of the random model is caught by validation and falls back; the doctor says why."""
    import shutil

    exe = shutil.which("transformers")
    if exe is None:
        pytest.skip("transformers CLI not installed")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", str(tiny), "--port", str(port), "--device", "cpu"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**__import__("os").environ, "HF_HUB_OFFLINE": "1"})
    url = f"http://127.0.0.1:{port}/v1"
    try:
        import httpx

        deadline = time.time() + 180
        while True:
            assert proc.poll() is None and time.time() < deadline, "transformers serve did not start"
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.5)
        cfg = RemoteConfig(base_url=url, model=str(tiny), concurrency=2, max_retries=1, backoff_s=0.05)
        clf = RemoteClassifier.load(config=cfg, options=FAST)  # its /v1/models fails offline: let through
        preds = clf.predict(TEXTS, scope=SCOPE)
        assert [p.path for p in preds] == ["fallback", "fallback"]
        assert all("invalid answer" in p.fallback_reason and p.standard in SCOPE.split(",") for p in preds)
        res = CliRunner().invoke(app, ["doctor", "--base-url", url, "--model", str(tiny), "--max-tokens", "24"])
        assert res.exit_code == 1 and "✗ structured output" in res.output and "not enforced" in res.output
    finally:
        stop(proc)
