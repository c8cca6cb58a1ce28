"""CLI pieces of the remote backend: ``mathtag doctor``, ``mathtag model serve``, the options of
``--backend openai|cascade`` and the per-path evaluation numbers (kept here so cli.py stays thin)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from mathtag.models.base import Prediction
from mathtag.models.remote.client import RemoteConfig, RemoteError

# option types shared by `classify`, `eval` and `doctor`
BaseUrl = Annotated[str | None, typer.Option("--base-url", help="openai/cascade: server URL, e.g. http://localhost:8000/v1")]
ApiKeyEnv = Annotated[str | None, typer.Option("--api-key-env", help="openai/cascade: NAME of the env variable holding the API key")]
ApiKind = Annotated[str, typer.Option("--api", help="openai/cascade: chat (Chat Completions) | responses")]
Concurrency = Annotated[int, typer.Option("--concurrency", min=1, help="openai/cascade: parallel requests")]
Candidates = Annotated[int, typer.Option("--candidates", min=1, help="openai/cascade: candidates the LLM chooses among (k)")]
Threshold = Annotated[float | None, typer.Option("--threshold", help="cascade: embedded confidence at which the LLM is skipped "
                                                                     "(default: the embedded model's review threshold)")]
StructuredOpt = Annotated[str, typer.Option("--structured", help="openai/cascade: auto | json_schema | none")]


def load_remote(backend: str, model: str | None, *, base_url: str | None, api_key_env: str | None = None,
                api: str = "chat", effort: str = "low", concurrency: int = 8, candidates: int = 10,
                threshold: float | None = None, structured: str = "auto", check: bool = True):
    """A :class:`RemoteClassifier` (``openai``: every item to the LLM) or the cascade."""
    from mathtag.models.remote.backend import RemoteClassifier, RemoteOptions
    from mathtag.models.remote.cascade import CascadeClassifier

    if not base_url or not model:
        raise RemoteError(f"--backend {backend} needs --base-url URL and --model NAME (the name the server lists)")
    config = RemoteConfig.from_env_key(api_key_env, base_url=base_url, model=model, api=api, concurrency=concurrency)
    options = RemoteOptions(effort=effort, candidates=candidates, structured=structured)  # type: ignore[arg-type]
    cls = CascadeClassifier if backend == "cascade" else RemoteClassifier
    kwargs = {"gate": threshold} if backend == "cascade" else {}
    return cls.load(config=config, options=options, check=check, **kwargs)


def remote_eval(clf, texts: Sequence[str], scopes: Sequence[str | None]) -> tuple[list[Prediction], list[float], float]:
    """Predict a whole gold set in parallel (grouped by scope), keeping the input order.

    Per-item latency is what the item itself cost (embedded scoring, or the LLM round trips),
    reported by the backend; wall time is the whole run, so throughput reflects the concurrency.
    """
    t0 = time.perf_counter()
    preds: list[Prediction | None] = [None] * len(texts)
    groups: dict[str | None, list[int]] = {}
    for i, s in enumerate(scopes):
        groups.setdefault(s, []).append(i)
    for s, idx in groups.items():
        for i, p in zip(idx, clf.predict([texts[i] for i in idx], scope=s, top_k=5), strict=True):
            preds[i] = p
    total = time.perf_counter() - t0
    out = [p for p in preds if p is not None]
    assert len(out) == len(texts)
    return out, [p.latency_ms or 0.0 for p in out], total


def path_metrics(gold_codes: Sequence[str], preds: Sequence[Prediction]) -> dict:
    """Accuracy, share, tokens and latency for each path (embedded / llm / fallback)."""
    from mathtag.evaluation.metrics import percentile

    n = len(preds)
    out: dict = {}
    for path in ("embedded", "llm", "fallback"):
        idx = [i for i, p in enumerate(preds) if p.path == path]
        if not idx:
            continue
        lat = [preds[i].latency_ms or 0.0 for i in idx]
        tp = sum(preds[i].tokens.prompt for i in idx if preds[i].tokens)
        tc = sum(preds[i].tokens.completion for i in idx if preds[i].tokens)
        out[path] = {
            "n": len(idx), "share": round(len(idx) / n, 4),
            "top1": round(sum(preds[i].standard == gold_codes[i] for i in idx) / len(idx), 4),
            "tokens": {"prompt": tp, "completion": tc, "per_item": round((tp + tc) / len(idx), 1)},
            "latency_ms": {"p50": percentile(lat, 0.5), "p95": percentile(lat, 0.95)},
        }
    sent = [p for p in preds if p.path in ("llm", "fallback")]
    tokens = [p.tokens for p in preds if p.tokens]
    reasons: dict[str, int] = {}
    for p in preds:
        if p.fallback_reason:
            key = p.fallback_reason.split(":")[0]
            reasons[key] = reasons.get(key, 0) + 1
    return {"paths": out, "sent_to_llm": round(len(sent) / n, 4) if n else 0.0,
            "tokens_total": {"prompt": sum(t.prompt for t in tokens), "completion": sum(t.completion for t in tokens)},
            "fallback_reasons": reasons}


def register(app: typer.Typer) -> None:
    """Add ``doctor`` and ``model serve`` to the main app."""
    from rich.console import Console

    console = Console()

    @app.command("doctor")
    def doctor_cmd(
        base_url: Annotated[str, typer.Option("--base-url", help="Server URL, e.g. http://localhost:8000/v1")],
        model: Annotated[str | None, typer.Option(help="Model name (default: the only one the server lists)")] = None,
        api_key_env: ApiKeyEnv = None,
        api: ApiKind = "chat",
        effort: Annotated[str, typer.Option(help="Reasoning effort for the sample")] = "low",
        timeout: Annotated[float, typer.Option(help="Seconds per request")] = 120.0,
        max_tokens: Annotated[int, typer.Option("--max-tokens", help="Token limit of the probe requests")] = 512,
    ) -> None:
        """Check an OpenAI-compatible server: reachable, model listed, structured output, a sample classified."""
        from mathtag.models.remote.client import OpenAIClient
        from mathtag.models.remote.doctor import Check, run_doctor

        try:
            config = RemoteConfig.from_env_key(api_key_env, base_url=base_url, model=model or "?", api=api,
                                               timeout_s=timeout, max_retries=1)
        except (RemoteError, ValueError) as exc:
            console.print(f"[red]✗[/] {exc}")
            raise typer.Exit(1) from exc
        if model is None:  # the only served model is the obvious choice
            try:
                with OpenAIClient(config) as c:
                    served = c.models()
                if len(served) == 1:
                    config = config.model_copy(update={"model": served[0]})
            except RemoteError:
                pass
        checks: list[Check] = run_doctor(config, effort=effort, max_tokens=max_tokens)
        for c in checks:
            mark = "[green]✓[/]" if c.ok else "[red]✗[/]"
            console.print(f"{mark} [bold]{c.name}[/]: {c.detail}")
            if c.hint:
                console.print(f"    → {c.hint}")
        if not all(c.ok for c in checks) or len(checks) < 4:
            raise typer.Exit(1)
        console.print("[green]the server is ready for --backend openai / cascade[/]")

    model_app = next((g.typer_instance for g in app.registered_groups if g.name == "model"), None)
    if model_app is None:
        model_app = typer.Typer(help="gpt-oss model utilities.")
        app.add_typer(model_app, name="model")

    @model_app.command("serve")
    def model_serve(
        model: Annotated[Path, typer.Option(help="A local gpt-oss checkpoint folder (e.g. from `mathtag model init-tiny`)")],
        host: Annotated[str, typer.Option()] = "127.0.0.1",
        port: Annotated[int, typer.Option()] = 8000,
        served_model_name: Annotated[str | None, typer.Option("--served-model-name", help="Name clients use (default: the path)")] = None,
        device: Annotated[str | None, typer.Option(help="device_map for transformers, e.g. cuda or auto")] = None,
        log_level: Annotated[str, typer.Option("--log-level")] = "warning",
        max_batch: Annotated[int, typer.Option("--max-batch", min=1, help="Requests generated together (GPU: 32)")] = 1,
    ) -> None:
        """Serve a local gpt-oss over an OpenAI-compatible API (chat, responses, json_schema) — no vLLM needed."""
        from mathtag.models.remote.server import serve

        serve(model, host=host, port=port, name=served_model_name, device=device, log_level=log_level,
              max_batch=max_batch)



def paths_summary(m: dict) -> str:
    """One line per path for the terminal."""
    lines = [f"sent to LLM {m['sent_to_llm'] * 100:.1f}%  tokens {m['tokens_total']['prompt']}+{m['tokens_total']['completion']}"]
    for path, v in m["paths"].items():
        lines.append(f"  {path:9s} n={v['n']} ({v['share'] * 100:.1f}%)  top1={v['top1']}  tokens/item={v['tokens']['per_item']}  "
                     f"p50={v['latency_ms']['p50']:.1f}ms  p95={v['latency_ms']['p95']:.1f}ms")
    if m["fallback_reasons"]:
        lines.append(f"  fallback reasons: {m['fallback_reasons']}")
    return "\n".join(lines)
