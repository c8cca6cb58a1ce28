"""``mathtag model serve``: a small OpenAI-compatible server for a local gpt-oss checkpoint.

For users without vLLM (a CPU box, a laptop, CI) and for testing the remote backend against a real
server. It speaks ``/v1/models``, ``/v1/chat/completions`` and ``/v1/responses`` (non-streaming),
renders conversations with the real Harmony renderer (``openai-harmony``), returns the analysis
channel as ``reasoning_content`` (chat) or a ``reasoning`` item (responses), and honours
``reasoning_effort`` and a ``json_schema`` response format.

Structured output is exact, not best-effort: the final channel is written field by field, and
wherever the schema fixes the choices (``enum``, bounded ``integer``, ``boolean``) the value is the
choice with the highest log-likelihood under the model (candidate-constrained decoding), so the
JSON always validates against the schema. Free strings are generated greedily up to a quote.
Unsupported schema constructs are refused with HTTP 400, never silently ignored.
"""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:  # module level: FastAPI resolves the handlers' (string) annotations in this module's globals
    from fastapi import Request
except ImportError:  # pragma: no cover - serving needs the serve extra
    Request = Any  # type: ignore[assignment,misc]

MAX_ANALYSIS = {"low": 48, "medium": 128, "high": 256}
MAX_FREE_FINAL = 64
PAD = 199_999  # <|endoftext|>


class BadRequest(ValueError):
    """A request this server cannot honour (answered 400 with the message)."""


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    raise BadRequest(f"unsupported message content: {type(content).__name__}")


class HarmonyEngine:
    """Greedy Harmony generation plus schema-constrained final JSON on one transformers model."""

    def __init__(self, model: Any, name: str, *, max_batch: int = 1, batch_wait_ms: float = 5.0) -> None:
        from mathtag.models.gptoss import harmony

        self.model = model
        self.name = name
        self.h = harmony
        self.enc = harmony.encoding()
        self.end, self.ret, self.call = (harmony.special(s) for s in ("<|end|>", "<|return|>", "<|call|>"))
        self.max_batch = max_batch
        self.batch_wait = batch_wait_ms / 1000
        self._queue: queue.Queue[_Job] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._start = threading.Lock()

    @classmethod
    def load(cls, path: str | Path, name: str | None = None, device: str | None = None,
             max_batch: int = 1) -> HarmonyEngine:
        from mathtag.models.gptoss.backend import load_causal_lm

        model = load_causal_lm(path, device_map=device) if device else load_causal_lm(path)
        model.eval()
        return cls(model, name or str(path), max_batch=max_batch)

    # -- rendering -------------------------------------------------------------------------------
    def render(self, messages: Sequence[dict], effort: str) -> list[int]:
        """OpenAI messages → Harmony prompt tokens (system/developer text becomes developer instructions,
        as vLLM and the gpt-oss chat template do)."""
        import openai_harmony as oh

        efforts = {"low": oh.ReasoningEffort.LOW, "medium": oh.ReasoningEffort.MEDIUM, "high": oh.ReasoningEffort.HIGH}
        if effort not in efforts:
            raise BadRequest(f"reasoning effort must be low, medium or high, not {effort!r}")
        system = oh.SystemContent.new().with_reasoning_effort(efforts[effort]).with_conversation_start_date(
            self.h.CONVERSATION_DATE)
        msgs = [oh.Message.from_role_and_content(oh.Role.SYSTEM, system)]
        instructions = [_text(m.get("content")) for m in messages if m.get("role") in ("system", "developer")]
        if instructions:
            msgs.append(oh.Message.from_role_and_content(
                oh.Role.DEVELOPER, oh.DeveloperContent.new().with_instructions("\n\n".join(instructions))))
        for m in messages:
            role = m.get("role")
            if role in ("system", "developer"):
                continue
            if role == "user":
                msgs.append(oh.Message.from_role_and_content(oh.Role.USER, _text(m.get("content"))))
            elif role == "assistant":
                msgs.append(oh.Message.from_role_and_content(oh.Role.ASSISTANT, _text(m.get("content"))).with_channel("final"))
            else:
                raise BadRequest(f"unsupported message role {role!r}")
        if not any(m.get("role") == "user" for m in messages):
            raise BadRequest("the conversation has no user message")
        conv = oh.Conversation.from_messages(msgs)
        return list(self.enc.render_conversation_for_completion(conv, oh.Role.ASSISTANT))

    def decode(self, tokens: Sequence[int]) -> str:
        try:
            return self.enc.decode(list(tokens))
        except Exception:  # a reserved id the renderer cannot print
            return "".join(self._safe_one(t) for t in tokens)

    def _safe_one(self, t: int) -> str:
        try:
            return self.enc.decode([t])
        except Exception:
            return ""

    # -- model calls (worker thread only) ----------------------------------------------------------
    def _device(self):
        return next(self.model.parameters()).device

    def _greedy_many(self, prompts: list[list[int]], max_news: list[int], stop: Sequence[int]) -> list[list[int]]:
        """Greedy continuations of several prompts in one left-padded ``generate``."""
        import torch

        out_rows: list[list[int]] = [[] for _ in prompts]
        live = [i for i, n in enumerate(max_news) if n > 0]
        if not live:
            return out_rows
        width = max(len(prompts[i]) for i in live)
        dev = self._device()
        ids = torch.tensor([[PAD] * (width - len(prompts[i])) + prompts[i] for i in live], device=dev)
        att = torch.tensor([[0] * (width - len(prompts[i])) + [1] * len(prompts[i]) for i in live], device=dev)
        with torch.no_grad():
            out = self.model.generate(input_ids=ids, attention_mask=att, max_new_tokens=max(max_news[i] for i in live),
                                      do_sample=False, eos_token_id=list(stop), pad_token_id=PAD)
        for i, row in zip(live, out[:, width:].tolist(), strict=True):
            row = row[: max_news[i]]
            cut = next((k for k, t in enumerate(row) if t in stop), len(row))
            out_rows[i] = row[:cut]
        return out_rows

    def score_pairs(self, pairs: list[tuple[list[int], list[int]]], chunk: int = 32) -> list[float]:
        """Log-likelihood of each continuation after its prefix.

        Pairs sharing a prefix (the candidates of one field) share one prefill: the prefix runs once
        with the KV cache, the cache is repeated for the continuations, which run as one small batch.
        Re-running a ~700-token prompt per candidate would cost ``k`` times as much.
        """
        import copy

        import torch

        out = [0.0] * len(pairs)
        groups: dict[tuple[int, ...], list[int]] = {}
        for i, (p, _) in enumerate(pairs):
            groups.setdefault(tuple(p), []).append(i)
        dev = self._device()
        with torch.no_grad():
            for key, idx in groups.items():
                prefix = list(key)
                o = self.model(input_ids=torch.tensor([prefix], device=dev), use_cache=True, logits_to_keep=1)
                first = torch.log_softmax(o.logits[0, -1].float(), dim=-1)
                for s in range(0, len(idx), chunk):
                    part = idx[s : s + chunk]
                    conts = [pairs[i][1] for i in part]
                    width = max(len(c) for c in conts)
                    cache = copy.deepcopy(o.past_key_values)
                    cache.batch_repeat_interleave(len(conts))
                    ids = torch.tensor([c + [PAD] * (width - len(c)) for c in conts], device=dev)
                    att = torch.tensor([[1] * (len(prefix) + len(c)) + [0] * (width - len(c)) for c in conts], device=dev)
                    logits = self.model(input_ids=ids, attention_mask=att, past_key_values=cache).logits
                    for row, (i, c) in enumerate(zip(part, conts, strict=True)):
                        total = float(first[c[0]])
                        if len(c) > 1:
                            lp = torch.log_softmax(logits[row, : len(c) - 1].float(), dim=-1)
                            total += float(lp[torch.arange(len(c) - 1), torch.tensor(c[1:], device=lp.device)].sum())
                        out[i] = total
        return out

    def score(self, prefix: list[int], continuations: list[list[int]]) -> list[float]:
        return self.score_pairs([(prefix, c) for c in continuations])

    # -- constrained final -------------------------------------------------------------------------
    def _choices(self, name: str, spec: dict) -> list[Any] | None:
        if "enum" in spec:
            if not spec["enum"]:
                raise BadRequest(f"schema field {name!r} has an empty enum")
            return list(spec["enum"])
        if "const" in spec:
            return [spec["const"]]
        kind = spec.get("type")
        if kind == "boolean":
            return [True, False]
        if kind == "null":
            return [None]
        if kind == "integer":
            lo, hi = spec.get("minimum"), spec.get("maximum")
            if lo is None or hi is None or hi - lo > 200:
                raise BadRequest(f"schema field {name!r}: integers need a minimum and maximum (at most 200 apart)")
            return list(range(int(lo), int(hi) + 1))
        if kind == "string":
            return None
        if kind == "array":
            if spec.get("minItems"):
                raise BadRequest(f"schema field {name!r}: non-empty arrays are not supported by this server")
            return None
        raise BadRequest(f"schema field {name!r}: type {kind!r} is not supported by this server")

    def check_schema(self, schema: dict) -> None:
        """Refuse what cannot be honoured *before* queueing (a 400, not a silently unconstrained answer)."""
        if schema.get("type") != "object" or not isinstance(schema.get("properties"), dict) or not schema["properties"]:
            raise BadRequest("json_schema must be an object schema with properties")
        for name, spec in schema["properties"].items():
            self._choices(name, spec)

    def constrained_many(self, bases: list[list[int]], schemas: list[dict]) -> list[str]:
        """Final JSONs, field by field; each constrained field is the most likely allowed value.
        All requests' candidate continuations of one field position are scored in one batch."""
        props = [list(s["properties"].items()) for s in schemas]
        texts = ["{" for _ in bases]
        for f in range(max(len(p) for p in props)):
            pairs: list[tuple[list[int], list[int]]] = []
            pending: list[tuple[int, list[Any], int]] = []
            for j, base in enumerate(bases):
                if f >= len(props[j]):
                    continue
                name, spec = props[j][f]
                last = f == len(props[j]) - 1
                texts[j] += json.dumps(name) + ": "
                prefix = base + self.enc.encode(texts[j], allowed_special=set())
                choices = self._choices(name, spec)
                value: str | None = None
                if choices is None and spec.get("type") == "array":
                    value = "[]"
                elif choices is None:  # free string: greedy up to the closing quote
                    gen = self._greedy_many([prefix + self.enc.encode('"', allowed_special=set())], [24],
                                            [self.end, self.ret, self.call])[0]
                    value = json.dumps(self.decode(gen).split('"')[0], ensure_ascii=False)
                elif len(choices) == 1:
                    value = json.dumps(choices[0], ensure_ascii=False)
                else:
                    delim = "}" if last else ", "
                    pending.append((j, choices, len(pairs)))
                    pairs += [(prefix, self.enc.encode(json.dumps(c, ensure_ascii=False) + delim, allowed_special=set()))
                              for c in choices]
                if value is not None:
                    texts[j] += value + ("" if last else ", ")
            scores = self.score_pairs(pairs) if pairs else []
            for j, choices, start in pending:
                best = max(range(len(choices)), key=lambda k, s=start: scores[s + k])
                texts[j] += json.dumps(choices[best], ensure_ascii=False) + ("" if f == len(props[j]) - 1 else ", ")
        return [t + "}" for t in texts]

    def constrained_json(self, base: list[int], schema: dict) -> str:
        self.check_schema(schema)
        return self.constrained_many([base], [schema])[0]

    # -- batching ------------------------------------------------------------------------------------
    def run(self, messages: Sequence[dict], effort: str, schema: dict | None, max_tokens: int | None) -> dict:
        """Analysis (greedy, bounded by effort) then final (schema-constrained or free). Requests that
        arrive together are generated together (up to ``max_batch``): throughput grows with concurrency."""
        prompt = self.render(messages, effort)
        if schema is not None:
            self.check_schema(schema)
        job = _Job(prompt, effort, schema, max_tokens or 10_000)
        with self._start:
            if self._worker is None:
                self._worker = threading.Thread(target=self._loop, name="mathtag-engine", daemon=True)
                self._worker.start()
        self._queue.put(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        assert job.result is not None
        return job.result

    def _loop(self) -> None:
        while True:
            jobs = [self._queue.get()]
            deadline = time.monotonic() + self.batch_wait
            while len(jobs) < self.max_batch:
                try:
                    jobs.append(self._queue.get(timeout=max(deadline - time.monotonic(), 0)))
                except queue.Empty:
                    break
            try:
                for job, res in zip(jobs, self._run_batch(jobs), strict=True):
                    job.result = res
            except Exception as exc:  # the whole batch fails; each caller gets the error (500)
                for job in jobs:
                    job.error = exc
            for job in jobs:
                job.done.set()

    def _run_batch(self, jobs: list[_Job]) -> list[dict]:
        stops = [self.end, self.ret, self.call]
        heads = [j.prompt + self.h.analysis_header_tokens() for j in jobs]
        anas = self._greedy_many(heads, [min(MAX_ANALYSIS[j.effort], max(j.budget - 16, 0)) for j in jobs], stops)
        bases = [h + a + [self.end] + self.h.final_header_tokens() for h, a in zip(heads, anas, strict=True)]
        finals: list[tuple[str, int, str]] = [("", 0, "stop")] * len(jobs)
        sj = [i for i, j in enumerate(jobs) if j.schema is not None]
        if sj:
            for i, text in zip(sj, self.constrained_many([bases[i] for i in sj], [jobs[i].schema for i in sj]), strict=True):
                finals[i] = (text, len(self.enc.encode(text, allowed_special=set())), "stop")
        fj = [i for i, j in enumerate(jobs) if j.schema is None]
        if fj:
            limits = [max(min(MAX_FREE_FINAL, jobs[i].budget - len(anas[i])), 1) for i in fj]
            for i, lim, gen in zip(fj, limits, self._greedy_many([bases[i] for i in fj], limits, stops), strict=True):
                finals[i] = (self.decode(gen), len(gen), "length" if len(gen) >= lim else "stop")
        fixed = len(self.h.analysis_header_tokens()) + 1 + len(self.h.final_header_tokens()) + 1
        return [{"analysis": self.decode(a), "final": f[0], "prompt_tokens": len(j.prompt),
                 "completion_tokens": fixed + len(a) + f[1], "finish": f[2]}
                for j, a, f in zip(jobs, anas, finals, strict=True)]


@dataclass
class _Job:
    prompt: list[int]
    effort: str
    schema: dict | None
    budget: int
    done: threading.Event = field(default_factory=threading.Event)
    result: dict | None = None
    error: Exception | None = None


def _schema_from_chat(body: dict) -> dict | None:
    rf = body.get("response_format")
    if not rf or rf.get("type") == "text":
        return None
    if rf.get("type") == "json_schema":
        return (rf.get("json_schema") or {}).get("schema") or {}
    raise BadRequest(f"response_format type {rf.get('type')!r} is not supported (use json_schema)")


def _schema_from_responses(body: dict) -> dict | None:
    fmt = (body.get("text") or {}).get("format")
    if not fmt or fmt.get("type") == "text":
        return None
    if fmt.get("type") == "json_schema":
        return fmt.get("schema") or {}
    raise BadRequest(f"text.format type {fmt.get('type')!r} is not supported (use json_schema)")


def create_app(engine: HarmonyEngine):
    """The FastAPI app: handlers hand work to the engine thread, which batches concurrent requests."""
    from fastapi import FastAPI
    from fastapi.responses import JSONResponse

    app = FastAPI(title="mathtag model serve", version="1")

    def error(status: int, message: str, kind: str = "invalid_request_error") -> JSONResponse:
        return JSONResponse({"error": {"message": message, "type": kind, "param": None, "code": None}}, status_code=status)

    def check(body: dict) -> JSONResponse | None:
        if body.get("model") != engine.name:
            return error(404, f"The model `{body.get('model')}` does not exist. This server serves `{engine.name}`.",
                         "NotFoundError")
        if body.get("stream"):
            return error(400, "stream is not supported by mathtag model serve")
        return None

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok"}

    @app.get("/v1/models")
    def models() -> dict:
        return {"object": "list", "data": [{"id": engine.name, "object": "model", "created": 0, "owned_by": "mathtag"}]}

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> JSONResponse:
        import anyio

        body = await request.json()
        if (bad := check(body)) is not None:
            return bad
        try:
            schema = _schema_from_chat(body)
            res = await anyio.to_thread.run_sync(
                engine.run, body.get("messages") or [], body.get("reasoning_effort") or "medium", schema,
                body.get("max_completion_tokens") or body.get("max_tokens"))
        except BadRequest as exc:
            return error(400, str(exc))
        usage = {"prompt_tokens": res["prompt_tokens"], "completion_tokens": res["completion_tokens"],
                 "total_tokens": res["prompt_tokens"] + res["completion_tokens"]}
        return JSONResponse({
            "id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion", "created": int(time.time()),
            "model": engine.name,
            "choices": [{"index": 0, "finish_reason": res["finish"],
                         "message": {"role": "assistant", "content": res["final"], "reasoning_content": res["analysis"]}}],
            "usage": usage,
        })

    @app.post("/v1/responses")
    async def responses(request: Request) -> JSONResponse:
        import anyio

        body = await request.json()
        if (bad := check(body)) is not None:
            return bad
        inp = body.get("input")
        messages = [{"role": "user", "content": inp}] if isinstance(inp, str) else list(inp or [])
        if body.get("instructions"):
            messages.insert(0, {"role": "developer", "content": body["instructions"]})
        try:
            schema = _schema_from_responses(body)
            res = await anyio.to_thread.run_sync(
                engine.run, messages, (body.get("reasoning") or {}).get("effort") or "medium", schema,
                body.get("max_output_tokens"))
        except BadRequest as exc:
            return error(400, str(exc))
        rid = uuid.uuid4().hex
        return JSONResponse({
            "id": f"resp_{rid}", "object": "response", "created_at": int(time.time()), "model": engine.name,
            "status": "completed" if res["finish"] == "stop" else "incomplete",
            "output": [
                {"type": "reasoning", "id": f"rs_{rid}", "summary": [],
                 "content": [{"type": "reasoning_text", "text": res["analysis"]}]},
                {"type": "message", "id": f"msg_{rid}", "role": "assistant", "status": "completed",
                 "content": [{"type": "output_text", "text": res["final"], "annotations": []}]},
            ],
            "usage": {"input_tokens": res["prompt_tokens"], "output_tokens": res["completion_tokens"],
                      "total_tokens": res["prompt_tokens"] + res["completion_tokens"]},
        })

    return app


def serve(model: str | Path, *, host: str = "127.0.0.1", port: int = 8000, name: str | None = None,
          device: str | None = None, log_level: str = "warning", max_batch: int = 1) -> None:
    import uvicorn

    engine = HarmonyEngine.load(model, name, device, max_batch=max_batch)
    uvicorn.run(create_app(engine), host=host, port=port, log_level=log_level)
