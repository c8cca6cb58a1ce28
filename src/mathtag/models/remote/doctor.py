"""``mathtag doctor``: check a server step by step and say in plain words what is wrong.

Each step runs only if the one before it passed (a model cannot be listed by a server that does
not answer), so the first failure is the thing to fix.
"""

from __future__ import annotations

import time

from pydantic import BaseModel

from mathtag.models.remote.client import (
    AuthError,
    ModelNotServed,
    OpenAIClient,
    RemoteConfig,
    RemoteError,
    RequestRejected,
    ServerUnavailable,
)

SAMPLE = "이차방정식 x^2-5x+6=0의 두 근을 구하시오."
SAMPLE_SCOPE = "9수02"
PROBE_CODES = ["9수02-20", "9수02-22"]


class Check(BaseModel):
    name: str
    ok: bool
    detail: str
    hint: str = ""


def run_doctor(config: RemoteConfig, *, effort: str = "low", sample: str = SAMPLE,
               max_tokens: int = 512) -> list[Check]:
    """All checks, in order, stopping at the first failure that makes the rest meaningless."""
    checks: list[Check] = []
    with OpenAIClient(config.model_copy(update={"max_retries": min(config.max_retries, 1)})) as client:
        url = config.root()
        served: list[str] | None
        try:
            served = client.models()
            checks.append(Check(name="reachable", ok=True, detail=f"{url} answers; models: {', '.join(served) or 'none'}"))
        except ServerUnavailable as exc:
            checks.append(Check(name="reachable", ok=False, detail=str(exc),
                                hint="Start the server (e.g. `vllm serve openai/gpt-oss-20b` or `mathtag model serve "
                                     "--model PATH`) or correct --base-url (host, port, and the /v1 path)."))
            return checks
        except AuthError as exc:
            checks.append(Check(name="reachable", ok=False, detail=str(exc),
                                hint="Export the key in the variable you name with --api-key-env."))
            return checks
        except RemoteError as exc:
            served = None
            checks.append(Check(name="reachable", ok=True, detail=f"{url} answers, but GET /models failed: {exc}",
                                hint="Some servers (transformers serve offline) cannot list models; the model name "
                                     "is then checked by the requests below."))

        if served is None:
            checks.append(Check(name="model listed", ok=True, detail=f"not verifiable; using {config.model!r}"))
        elif config.model not in served:
            checks.append(Check(name="model listed", ok=False, detail=f"{config.model!r} is not served; the server has {served}",
                                hint=f"Pass --model {served[0]}" if served else "The server lists no model: is it still loading?"))
            return checks
        else:
            checks.append(Check(name="model listed", ok=True, detail=f"{config.model} is served"))

        schema = {"type": "object", "properties": {"standard": {"type": "string", "enum": PROBE_CODES}},
                  "required": ["standard"], "additionalProperties": False}
        msgs = [{"role": "system", "content": "Answer with JSON: the standard code of the problem, "
                                              f"one of {', '.join(PROBE_CODES)}."},
                {"role": "user", "content": sample}]
        try:
            t = time.perf_counter()
            c = client.complete(msgs, effort=effort, schema=schema, max_tokens=max_tokens)
            ms = (time.perf_counter() - t) * 1000
            from mathtag.models.remote.backend import _json_object

            obj = _json_object(c.content) or {}
            if obj.get("standard") in PROBE_CODES:
                checks.append(Check(name="structured output", ok=True,
                                    detail=f"json_schema honoured ({ms:.0f} ms, {c.prompt_tokens}+{c.completion_tokens} "
                                           f"tokens; reasoning {'returned' if c.reasoning else 'not returned'})"))
            else:
                checks.append(Check(name="structured output", ok=False,
                                    detail=f"the server accepted json_schema but answered {c.content[:80]!r}",
                                    hint="The schema is not enforced (vLLM: check --structured-outputs-config / guided "
                                         "decoding backend). mathtag still validates every answer and falls back, but "
                                         "expect more retries and fallbacks."))
        except RequestRejected as exc:
            checks.append(Check(name="structured output", ok=False, detail=f"json_schema refused: {exc.detail[:200]}",
                                hint="This server has no structured output. mathtag works anyway (--structured auto "
                                     "drops the schema and validates every answer strictly), at the price of "
                                     "retries and fallbacks on junk answers."))
        except RemoteError as exc:
            checks.append(Check(name="structured output", ok=False, detail=str(exc),
                                hint="The server failed on a small request: look at its log (out of memory? model "
                                     "still loading?)."))
            return checks

        try:
            from mathtag.models.remote.backend import RemoteClassifier, RemoteOptions

            clf = RemoteClassifier(client, RemoteOptions(effort=effort, on_error="fallback", max_tokens=max_tokens))  # type: ignore[arg-type]
            p = clf.predict([sample], scope=SAMPLE_SCOPE, top_k=3)[0]
            if p.path == "llm":
                tok = f"{p.tokens.prompt}+{p.tokens.completion} tokens" if p.tokens else "no token counts"
                checks.append(Check(name="sample classified", ok=True,
                                    detail=f"{p.standard} ({p.statement[:40]}…) in {p.latency_ms:.0f} ms, {tok}"))
            else:
                checks.append(Check(name="sample classified", ok=False, detail=f"fell back to the embedded model: {p.fallback_reason}",
                                    hint="The model answered but not with a valid code from the list. A real gpt-oss "
                                         "normally does; a tiny or wrong model, or a server that mangles the output, does not."))
        except (ModelNotServed, AuthError, RemoteError) as exc:
            checks.append(Check(name="sample classified", ok=False, detail=str(exc)))
    return checks
