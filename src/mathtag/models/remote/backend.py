"""The remote gpt-oss backend: any OpenAI-compatible server as a :class:`Classifier`.

Per problem:
1. the embedded classifier (always loaded: it is also the fallback) ranks the scope; the LLM is
   offered the scope itself when it has at most ``candidates`` standards, else the top ``candidates``;
2. the request asks for JSON whose ``standard`` is an *enum of exactly those codes*
   (``response_format`` / ``text.format`` json_schema) where the server supports it;
3. every answer is validated against the registry and the candidate list (never trusted);
   an invalid answer is retried up to ``max_attempts`` with a correction message;
4. if there is still no valid answer (junk, timeouts, the server died), the item gets the
   embedded prediction with ``path="fallback"``, a ``fallback_reason`` and ``needs_review``.
   No item is ever dropped and no unvalidated code ever leaves.

The LLM gives no calibrated probability, so ``confidence`` of an LLM answer is the embedded
model's calibrated probability of the chosen code renormalized over the candidates: low when the
LLM overrules a confident retriever, so such items are flagged for review.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal, Self

from pydantic import BaseModel, Field

from mathtag.curriculum.registry import Curriculum, UnknownCodeError
from mathtag.models.base import (
    Classifier,
    Prediction,
    TokenUsage,
    concepts_in,
    make_prediction,
    resolve_scope,
)
from mathtag.models.remote.client import (
    AuthError,
    Completion,
    ModelNotServed,
    OpenAIClient,
    RemoteConfig,
    RemoteError,
    RequestRejected,
)

Structured = Literal["auto", "json_schema", "none"]
LEVELS = ["A", "B", "C", "D", "E"]

TASK = (
    "당신은 한국 2022 개정 수학과 교육과정의 성취기준 분류기입니다. 사용자가 주는 수학 문제가 평가하는 "
    "성취기준을 아래 허용 목록에서 정확히 하나 고르세요. 답은 JSON 객체 하나만 쓰세요: "
    '{"standard": 코드, "achievement_level": "A"–"E", "difficulty": 1–5}. 목록에 없는 코드는 절대 쓰지 마세요.'
)


class RemoteOptions(BaseModel):
    """What the backend asks of the server (the transport lives in :class:`RemoteConfig`)."""

    effort: Literal["low", "medium", "high"] | None = "low"
    candidates: int = Field(default=10, ge=1, le=435)
    structured: Structured = "auto"
    max_attempts: int = Field(default=2, ge=1, le=5)  # answers (not HTTP retries) per item
    max_tokens: int | None = 1024  # a runaway generation is bounded (gpt-oss needs ~100-400 at low/medium)
    on_error: Literal["fallback", "raise"] = "fallback"
    review_threshold: float = Field(default=0.5, ge=0, le=1)


def answer_schema(codes: Sequence[str]) -> dict:
    """JSON schema of the answer: ``standard`` is an enum of the allowed codes (strict-mode shaped)."""
    return {
        "type": "object",
        "properties": {
            "standard": {"type": "string", "enum": list(codes)},
            "achievement_level": {"type": "string", "enum": LEVELS},
            "difficulty": {"type": "integer", "minimum": 1, "maximum": 5},
        },
        "required": ["standard", "achievement_level", "difficulty"],
        "additionalProperties": False,
    }


def developer_text(cur: Curriculum, codes: Sequence[str]) -> str:
    lines = [TASK, "", "# 허용 목록 (코드: 성취기준)"]
    lines += [f"- {c}: {cur.get(c).statement}" for c in codes]
    return "\n".join(lines)


class Answer(BaseModel):
    standard: str
    achievement_level: str | None = None
    difficulty: int | None = None


def _json_object(text: str) -> dict | None:
    """The first JSON object in ``text`` (servers wrap it in code fences or prose)."""
    text = text.strip()
    if text.startswith("```"):
        text = re.sub(r"^```(?:json)?\s*|\s*```$", "", text)
    dec = json.JSONDecoder()
    for m in re.finditer(r"\{", text):
        try:
            obj, _ = dec.raw_decode(text, m.start())
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict):
            return obj
    return None


def validate_answer(cur: Curriculum, content: str, allowed: Sequence[str]) -> tuple[Answer | None, str, str]:
    """(answer or None, raw code as given, why it was refused). Strict: the code must be a registry
    code *and* one of ``allowed``; level and difficulty are dropped (not fatal) when out of range."""
    obj = _json_object(content)
    if obj is None:
        return None, "", f"no JSON object in the answer: {content[:80]!r}"
    raw = obj.get("standard")
    if not isinstance(raw, str):
        return None, "", f"answer has no string 'standard': {json.dumps(obj, ensure_ascii=False)[:80]}"
    try:
        code = cur.normalize(raw)
    except UnknownCodeError:
        return None, raw, f"{raw!r} is not a standard of the curriculum"
    if code not in allowed:
        return None, code, f"{code} is not among the allowed candidates"
    level = obj.get("achievement_level")
    levels = list(cur.get(code).achievement_levels) or LEVELS
    diff = obj.get("difficulty")
    return Answer(standard=code, achievement_level=level if level in levels else None,
                  difficulty=diff if isinstance(diff, int) and not isinstance(diff, bool) and 1 <= diff <= 5 else None), code, ""


class RemoteClassifier(Classifier):
    """gpt-oss (or any chat model) behind an OpenAI-compatible endpoint, constrained and validated.

    ``gate``: when set, items whose embedded confidence is at least ``gate`` are answered by the
    embedded model directly (``path="embedded"``) and only the rest go to the LLM (the cascade).
    """

    backend = "openai"

    def __init__(self, client: OpenAIClient, options: RemoteOptions | None = None, *,
                 retriever: Classifier | None = None, gate: float | None = None,
                 curriculum: Curriculum | None = None) -> None:
        self.client = client
        self.options = options or RemoteOptions()
        self.cur = curriculum or Curriculum.load()
        if retriever is None:
            from mathtag.models.embedded import EmbeddedClassifier

            retriever = EmbeddedClassifier.load()
        self.retriever = retriever
        self.gate = gate
        self.model_version = f"openai:{client.config.model}"
        self._structured: bool | None = {"auto": None, "json_schema": True, "none": False}[self.options.structured]
        self._effort_ok = True
        self.on_item: Callable[[int, Prediction], None] | None = None  # progress hook (called from worker threads)

    @classmethod
    def load(cls, path: Path | None = None, *, config: RemoteConfig | None = None,
             options: RemoteOptions | None = None, check: bool = True, **kwargs: object) -> Self:
        """Connect and (by default) check that the server is up and serves the model: a wrong URL or
        model name is a clear error now, not a batch of fallbacks later."""
        if config is None:
            raise ValueError("the openai backend needs --base-url and --model")
        client = OpenAIClient(config)
        if check:
            client.check_model()
        return cls(client, options, **kwargs)  # type: ignore[arg-type]

    def fit(self, texts: Sequence[str], labels: Sequence[str], **kwargs: object) -> Self:
        raise NotImplementedError("a remote model is trained elsewhere (`mathtag train lora`, then serve it)")

    def save(self, path: Path) -> Path:
        path = Path(path)
        path.write_text(json.dumps({"config": self.client.config.model_dump(exclude={"api_key"}),
                                    "options": self.options.model_dump(), "gate": self.gate}, indent=1))
        return path

    def close(self) -> None:
        self.client.close()

    # -- predict -------------------------------------------------------------------------------
    def predict(self, texts: Sequence[str], scope: str | Iterable[str] | None = None,
                top_k: int = 5) -> list[Prediction]:
        if isinstance(texts, str):
            raise TypeError("predict takes a list of texts")
        if not texts:
            return []
        allowed = resolve_scope(self.cur, scope)
        t0 = time.perf_counter()
        k = self.options.candidates
        emb = self.retriever.predict(list(texts), scope=allowed, top_k=max(k, top_k))
        emb_ms = (time.perf_counter() - t0) * 1000 / len(texts)
        order = [c for c in self.cur.codes if c in allowed]
        out: list[Prediction | None] = [None] * len(texts)
        todo = []
        for i, e in enumerate(emb):
            if self.gate is not None and e.confidence >= self.gate:
                out[i] = self._embedded(e, top_k, emb_ms)
            else:
                todo.append(i)
        if todo:
            def one(i: int) -> tuple[int, Prediction]:
                cands = order if len(order) <= k else [s.standard for s in emb[i].top_k[:k]]
                p = self._classify(texts[i], cands, emb[i], top_k, emb_ms)
                if self.on_item:
                    self.on_item(i, p)
                return i, p

            workers = min(self.client.config.concurrency, len(todo))
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mathtag-remote") as pool:
                for i, p in pool.map(one, todo):
                    out[i] = p
        assert all(p is not None for p in out), "an item was lost"
        return out  # type: ignore[return-value]

    def _embedded(self, e: Prediction, top_k: int, ms: float) -> Prediction:
        return e.model_copy(update={"top_k": e.top_k[:top_k], "backend": self.backend, "path": "embedded",
                                    "latency_ms": round(ms, 3)})

    def _fallback(self, e: Prediction, top_k: int, reason: str, tokens: TokenUsage, ms: float,
                  raw_code: str | None) -> Prediction:
        return e.model_copy(update={"top_k": e.top_k[:top_k], "backend": self.backend, "path": "fallback",
                                    "fallback_reason": reason, "needs_review": True, "tokens": tokens,
                                    "latency_ms": round(ms, 3), "raw_code": raw_code if raw_code is not None else e.standard})

    def _ask(self, messages: list[dict], cands: Sequence[str]) -> Completion:
        """One request; learns once whether the server takes json_schema / reasoning_effort and adapts."""
        while True:
            schema = answer_schema(cands) if self._structured is not False else None
            effort = self.options.effort if self._effort_ok else None
            try:
                c = self.client.complete(messages, effort=effort, schema=schema, max_tokens=self.options.max_tokens)
            except RequestRejected as exc:
                text = exc.detail.lower()
                if schema is not None and self._structured is None and ("response_format" in text or "json" in text
                                                                       or "format" in text or "schema" in text):
                    self._structured = False  # server without structured output: validate harder instead
                    continue
                if effort and "reasoning" in text:
                    self._effort_ok = False
                    continue
                raise
            if schema is not None and self._structured is None:
                self._structured = True
            return c

    def _classify(self, text: str, cands: list[str], e: Prediction, top_k: int, emb_ms: float) -> Prediction:
        t = time.perf_counter()
        messages = [{"role": "system", "content": developer_text(self.cur, cands)}, {"role": "user", "content": text}]
        tokens = TokenUsage()
        first_raw: str | None = None
        reason = ""
        for attempt in range(self.options.max_attempts):
            try:
                c = self._ask(messages, cands)
            except (AuthError, ModelNotServed):
                raise  # configuration errors: every item would fail the same way
            except RemoteError as exc:
                if self.options.on_error == "raise":
                    raise
                reason = f"server error: {exc}"
                break
            tokens = TokenUsage(prompt=tokens.prompt + c.prompt_tokens, completion=tokens.completion + c.completion_tokens)
            ans, raw, why = validate_answer(self.cur, c.content, cands)
            if first_raw is None:
                first_raw = raw
            if ans is not None:
                return self._llm_prediction(text, ans, c, cands, e, top_k, tokens, emb_ms + (time.perf_counter() - t) * 1000,
                                            first_raw)
            reason = f"invalid answer after {attempt + 1} attempt(s): {why}"
            messages = [*messages, {"role": "assistant", "content": c.content[:500]},
                        {"role": "user", "content": f"답이 올바르지 않습니다({why}). 허용 목록의 코드 하나를 골라 "
                                                    f"JSON 객체 하나로만 답하세요."}]
        if self.options.on_error == "raise":
            raise RemoteError(reason)
        return self._fallback(e, top_k, reason, tokens, emb_ms + (time.perf_counter() - t) * 1000, first_raw)

    def _llm_prediction(self, text: str, ans: Answer, c: Completion, cands: list[str], e: Prediction, top_k: int,
                        tokens: TokenUsage, ms: float, raw: str | None) -> Prediction:
        probs = {s.standard: s.score for s in e.top_k if s.standard in cands}
        total = sum(probs.values())
        norm = {k: (v / total if total > 0 else 1 / len(cands)) for k, v in probs.items()}
        ranked = [(ans.standard, norm.get(ans.standard, 0.0))]
        ranked += sorted(((k, v) for k, v in norm.items() if k != ans.standard), key=lambda kv: -kv[1])
        p = make_prediction(self.cur, ranked, top_k=top_k, review_threshold=self.options.review_threshold,
                            backend=self.backend, model_version=self.model_version,
                            achievement_level=ans.achievement_level or e.achievement_level,
                            difficulty=ans.difficulty or e.difficulty, concepts=concepts_in(self.cur, text, ans.standard),
                            reasoning=c.reasoning, raw_code=raw)
        return p.model_copy(update={"path": "llm", "tokens": tokens, "latency_ms": round(ms, 3)})
