"""A small, robust client for OpenAI-compatible servers (vLLM, SGLang, llama-server, transformers
serve, ``mathtag model serve``): Chat Completions and Responses, one normalized result.

Why not the ``openai`` package: we need the same behaviour on every server (the reasoning field has
three spellings, some servers reject ``response_format``), explicit control of retries and jitter,
and errors that say in plain words what is wrong. ``httpx`` gives pooling and timeouts; batches
run on a thread pool bounded by ``concurrency`` (the client is thread-safe).
"""

from __future__ import annotations

import json
import os
import random
import re
import threading
import time
from typing import Any, Literal

from pydantic import BaseModel, Field

Api = Literal["chat", "responses"]
RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


class RemoteError(RuntimeError):
    """Anything that went wrong talking to the server; the message is meant for a person."""


class ServerUnavailable(RemoteError):
    """Nothing answers at the address (refused, DNS, timeouts after every retry)."""


class ModelNotServed(RemoteError):
    """The server answers but does not list the model we were told to use."""


class AuthError(RemoteError):
    """401/403: the API key is missing or wrong."""


class RequestRejected(RemoteError):
    """A 4xx the server will keep returning (bad parameter, unsupported feature): never retried."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"the server rejected the request (HTTP {status}): {detail}")
        self.status = status
        self.detail = detail


class ServerError(RemoteError):
    """5xx/429 that persisted through every retry, or a body that is not the protocol."""


class RemoteConfig(BaseModel):
    """How to reach the server and how hard to try."""

    base_url: str = "http://127.0.0.1:8000/v1"
    model: str
    api_key: str | None = None
    api: Api = "chat"
    concurrency: int = Field(default=8, ge=1, le=1024)
    timeout_s: float = Field(default=120.0, gt=0)  # per request (read); generation can be slow
    connect_timeout_s: float = Field(default=5.0, gt=0)
    max_retries: int = Field(default=4, ge=0)  # transport errors, 429 and 5xx
    backoff_s: float = Field(default=0.5, ge=0)  # first backoff; doubles, with jitter
    backoff_max_s: float = Field(default=20.0, ge=0)

    @classmethod
    def from_env_key(cls, api_key_env: str | None, **kwargs: Any) -> RemoteConfig:
        """Read the key from the environment variable *named* on the command line (never the key itself)."""
        key = os.environ.get(api_key_env) if api_key_env else None
        if api_key_env and key is None:
            raise RemoteError(f"--api-key-env {api_key_env}: that environment variable is not set")
        return cls(api_key=key, **kwargs)

    def root(self) -> str:
        """Base URL ending in ``/v1`` (users paste both forms)."""
        url = self.base_url.rstrip("/")
        return url if url.endswith("/v1") else url + "/v1"


class Completion(BaseModel):
    """One server answer, whatever API produced it."""

    content: str
    reasoning: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    attempts: int = 1  # HTTP attempts, retries included
    model: str | None = None
    finish_reason: str | None = None


_HARMONY_ANALYSIS = re.compile(r"<\|channel\|>analysis<\|message\|>(.*?)(?:<\|end\|>|$)", re.S)
_HARMONY_FINAL = re.compile(r"<\|channel\|>final<\|message\|>(.*?)(?:<\|return\|>|<\|end\|>|$)", re.S)
_STRIPPED = re.compile(r"^\s*analysis(.*?)assistantfinal(.*)$", re.S)


def split_harmony(content: str) -> tuple[str | None, str]:
    """(reasoning, final) from content that still carries Harmony channels.

    Servers that do not parse gpt-oss output return the raw text, with the special tokens
    (``<|channel|>analysis<|message|>…``) or without them (``analysis…assistantfinal…``).
    """
    if "<|channel|>" in content:
        a = _HARMONY_ANALYSIS.search(content)
        f = _HARMONY_FINAL.search(content)
        return (a.group(1).strip() if a else None), (f.group(1).strip() if f else "")
    m = _STRIPPED.match(content)
    if m:
        return m.group(1).strip(), m.group(2).strip()
    return None, content


def _error_detail(resp: Any) -> str:
    try:
        body = resp.json()
        err = body.get("error", body) if isinstance(body, dict) else body
        if isinstance(err, dict):
            return str(err.get("message") or err.get("detail") or err)
        return str(err)
    except (ValueError, AttributeError):
        return resp.text[:300]


class OpenAIClient:
    """Thread-safe; one connection pool shared by every thread of a batch."""

    def __init__(self, config: RemoteConfig) -> None:
        import httpx

        self.config = config
        headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
        self._http = httpx.Client(
            base_url=config.root(), headers=headers,
            timeout=httpx.Timeout(config.timeout_s, connect=config.connect_timeout_s),
            limits=httpx.Limits(max_connections=config.concurrency, max_keepalive_connections=config.concurrency),
        )
        self._rng = random.Random()
        self._lock = threading.Lock()

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OpenAIClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transport -----------------------------------------------------------------------------
    def _sleep_for(self, attempt: int, retry_after: str | None) -> float:
        """Exponential backoff with equal jitter; a server's Retry-After wins when it is shorter than the cap."""
        if retry_after:
            try:
                return min(float(retry_after), self.config.backoff_max_s)
            except ValueError:
                pass
        cap = min(self.config.backoff_max_s, self.config.backoff_s * 2 ** attempt)
        with self._lock:
            return cap / 2 + self._rng.uniform(0, cap / 2)

    def request(self, method: str, path: str, body: dict | None = None, *,
                retries: int | None = None) -> tuple[dict, int]:
        """JSON in, JSON out, with retries; returns (body, attempts)."""
        import httpx

        url = self.config.root()
        last: Exception | None = None
        for attempt in range((self.config.max_retries if retries is None else retries) + 1):
            if attempt:
                time.sleep(self._sleep_for(attempt - 1, getattr(last, "retry_after", None)))
            try:
                resp = self._http.request(method, path, json=body)
            except httpx.TimeoutException as exc:
                last = ServerUnavailable(f"{url} did not answer within {self.config.timeout_s:.0f}s ({type(exc).__name__})")
                continue
            except httpx.TransportError as exc:
                last = ServerUnavailable(f"cannot reach {url}: {exc or type(exc).__name__} — is the server running "
                                         f"and is --base-url right?")
                continue
            if resp.status_code in RETRY_STATUS or resp.status_code >= 500:
                last = ServerError(f"{url}{path} answered HTTP {resp.status_code}: {_error_detail(resp)}")
                last.retry_after = resp.headers.get("retry-after")  # type: ignore[attr-defined]
                continue
            if resp.status_code in (401, 403):
                raise AuthError(f"{url} refused the API key (HTTP {resp.status_code}): set the variable named by "
                                f"--api-key-env to a valid key")
            if resp.status_code >= 400:
                raise RequestRejected(resp.status_code, _error_detail(resp))
            try:
                data = resp.json()
            except ValueError as exc:
                raise ServerError(f"{url}{path} did not return JSON: {resp.text[:200]!r}") from exc
            if not isinstance(data, dict):
                raise ServerError(f"{url}{path} returned {type(data).__name__}, not a JSON object")
            return data, attempt + 1
        assert last is not None
        raise last

    # -- endpoints -----------------------------------------------------------------------------
    def models(self, retries: int | None = None) -> list[str]:
        data, _ = self.request("GET", "/models", retries=retries)
        try:
            return [str(m["id"]) for m in data["data"]]
        except (KeyError, TypeError) as exc:
            raise ServerError(f"{self.config.root()}/models is not an OpenAI model list: {str(data)[:200]}") from exc

    def check_model(self) -> list[str] | None:
        """Raise :class:`ModelNotServed` unless the configured model is listed (the usual misconfiguration).

        A server that is up but cannot list its models (``transformers serve`` answers 500 there when
        offline) is let through (``None``): the first real request will tell.
        """
        try:
            served = self.models(retries=0)
        except ServerUnavailable:
            served = self.models()  # retry the normal way: it may be starting
        except (ServerError, RequestRejected):
            return None
        if self.config.model not in served:
            raise ModelNotServed(f"{self.config.root()} serves {served}, not {self.config.model!r}: pass "
                                 f"--model {served[0] if served else 'NAME'}")
        return served

    def complete(self, messages: list[dict], *, effort: str | None = None, schema: dict | None = None,
                 schema_name: str = "answer", max_tokens: int | None = None) -> Completion:
        """One generation through the configured API."""
        t = time.perf_counter()
        if self.config.api == "responses":
            data, attempts = self.request("POST", "/responses", self._responses_body(messages, effort, schema,
                                                                                     schema_name, max_tokens))
            out = self._parse_responses(data)
        else:
            data, attempts = self.request("POST", "/chat/completions", self._chat_body(messages, effort, schema,
                                                                                       schema_name, max_tokens))
            out = self._parse_chat(data)
        return out.model_copy(update={"latency_ms": (time.perf_counter() - t) * 1000, "attempts": attempts})

    def _chat_body(self, messages: list[dict], effort: str | None, schema: dict | None, name: str,
                   max_tokens: int | None) -> dict:
        body: dict = {"model": self.config.model, "messages": messages, "temperature": 0}
        if effort:
            body["reasoning_effort"] = effort
        if schema is not None:
            body["response_format"] = {"type": "json_schema",
                                       "json_schema": {"name": name, "schema": schema, "strict": True}}
        if max_tokens:
            body["max_tokens"] = max_tokens
        return body

    def _responses_body(self, messages: list[dict], effort: str | None, schema: dict | None, name: str,
                        max_tokens: int | None) -> dict:
        instructions = "\n\n".join(m["content"] for m in messages if m["role"] in ("system", "developer"))
        inputs = [{"role": m["role"], "content": m["content"]} for m in messages if m["role"] not in ("system", "developer")]
        body: dict = {"model": self.config.model, "input": inputs, "temperature": 0, "store": False}
        if instructions:
            body["instructions"] = instructions
        if effort:
            body["reasoning"] = {"effort": effort}
        if schema is not None:
            body["text"] = {"format": {"type": "json_schema", "name": name, "schema": schema, "strict": True}}
        if max_tokens:
            body["max_output_tokens"] = max_tokens
        return body

    def _parse_chat(self, data: dict) -> Completion:
        try:
            choice = data["choices"][0]
            msg = choice["message"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ServerError(f"not a chat completion: {json.dumps(data)[:200]}") from exc
        content = msg.get("content") or ""
        reasoning = msg.get("reasoning_content") or msg.get("reasoning")
        if reasoning is None:
            reasoning, content = split_harmony(content)
        usage = data.get("usage") or {}
        return Completion(content=content, reasoning=reasoning, prompt_tokens=int(usage.get("prompt_tokens") or 0),
                          completion_tokens=int(usage.get("completion_tokens") or 0), model=data.get("model"),
                          finish_reason=choice.get("finish_reason"))

    def _parse_responses(self, data: dict) -> Completion:
        if not isinstance(data.get("output"), list):
            raise ServerError(f"not a Responses API answer: {json.dumps(data)[:200]}")
        texts, reasons = [], []
        for item in data["output"]:
            kind = item.get("type")
            if kind == "reasoning":
                parts = (item.get("content") or []) + (item.get("summary") or [])
                reasons += [p.get("text", "") for p in parts if isinstance(p, dict)]
            elif kind == "message":
                texts += [p.get("text", "") for p in item.get("content") or [] if p.get("type") in ("output_text", "text")]
        content = "".join(texts)
        reasoning = "\n".join(r for r in reasons if r) or None
        if reasoning is None:
            reasoning, content = split_harmony(content)
        usage = data.get("usage") or {}
        return Completion(content=content, reasoning=reasoning, prompt_tokens=int(usage.get("input_tokens") or 0),
                          completion_tokens=int(usage.get("output_tokens") or 0), model=data.get("model"),
                          finish_reason=data.get("status"))
