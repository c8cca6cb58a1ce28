"""Client-side load driver for the remote backend: problems/s and latency at several concurrencies.

Runs the real ``RemoteClassifier`` (or the cascade) against any OpenAI-compatible server, so what
it measures is what a user gets: retrieval of candidates, the request with its json_schema,
validation, retries and fallbacks. Problems are the authored corpus (our own), in a fixed order.

    python benchmarks/remote_bench.py --base-url http://127.0.0.1:8000/v1 --model tiny \
        --concurrency 1 8 32 --n 64 --out benchmarks/results/remote_cpu.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import sys
import time
from importlib import resources
from pathlib import Path

from mathtag.evaluation.metrics import percentile
from mathtag.models.remote.backend import RemoteClassifier, RemoteOptions
from mathtag.models.remote.cascade import CascadeClassifier
from mathtag.models.remote.client import OpenAIClient, RemoteConfig


def problems(n: int) -> list[dict]:
    """``n`` authored problems, interleaved across files so every school level is represented."""
    root = resources.files("mathtag").joinpath("corpus/authored")
    files = sorted((p for p in root.iterdir() if p.name.endswith(".jsonl")), key=lambda p: p.name)
    rows = [[json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()] for f in files]
    out: list[dict] = []
    i = 0
    while len(out) < n and any(i < len(r) for r in rows):
        out += [r[i] for r in rows if i < len(r)]
        i += 1
    return out[:n]


def run_level(args: argparse.Namespace, items: list[dict], concurrency: int) -> dict:
    cfg = RemoteConfig(base_url=args.base_url, model=args.model, api=args.api, concurrency=concurrency,
                       timeout_s=args.timeout, api_key=os.environ.get(args.api_key_env) if args.api_key_env else None)
    opts = RemoteOptions(effort=args.effort, candidates=args.candidates, structured=args.structured,
                         max_tokens=args.max_tokens)
    cls = CascadeClassifier if args.backend == "cascade" else RemoteClassifier
    kw = {"gate": args.threshold} if args.backend == "cascade" else {}
    clf = cls(OpenAIClient(cfg), opts, **kw)
    clf.predict([it["text"] for it in items[: min(2, len(items))]], scope=args.scope)  # warm-up (not timed)
    t = time.perf_counter()
    preds = clf.predict([it["text"] for it in items], scope=args.scope)
    wall = time.perf_counter() - t
    clf.close()
    lat = [p.latency_ms or 0.0 for p in preds]
    llm = [p for p in preds if p.tokens]
    paths = {k: sum(p.path == k for p in preds) for k in ("embedded", "llm", "fallback")}
    return {
        "concurrency": concurrency, "n": len(preds), "wall_s": round(wall, 3),
        "problems_per_s": round(len(preds) / wall, 3),
        "latency_ms": {"p50": round(percentile(lat, 0.5) or 0, 1), "p95": round(percentile(lat, 0.95) or 0, 1)},
        "tokens_per_item": {"prompt": round(sum(p.tokens.prompt for p in llm) / len(llm), 1) if llm else 0,
                            "completion": round(sum(p.tokens.completion for p in llm) / len(llm), 1) if llm else 0},
        "paths": paths,
        "top1": round(sum(p.standard == it["standard"] for p, it in zip(preds, items, strict=True)) / len(preds), 4),
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base-url", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--api", default="chat", choices=["chat", "responses"])
    ap.add_argument("--api-key-env", default=None)
    ap.add_argument("--backend", default="openai", choices=["openai", "cascade"])
    ap.add_argument("--threshold", type=float, default=None, help="cascade gate")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    ap.add_argument("--n", type=int, default=64, help="problems per concurrency level")
    ap.add_argument("--effort", default="low", choices=["low", "medium", "high"])
    ap.add_argument("--candidates", type=int, default=10)
    ap.add_argument("--structured", default="auto", choices=["auto", "json_schema", "none"])
    ap.add_argument("--max-tokens", type=int, default=1024)
    ap.add_argument("--scope", default=None, help="default: all 435 standards (candidates from retrieval)")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--note", default="", help="free text stored with the result (server, hardware)")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    items = problems(args.n)
    levels = [run_level(args, items, c) for c in args.concurrency]
    result = {
        "command": "python benchmarks/remote_bench.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:])),
        "model": args.model, "api": args.api, "backend": args.backend, "effort": args.effort,
        "candidates": args.candidates, "structured": args.structured, "note": args.note,
        "client_machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version()},
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "levels": levels,
    }
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return result


if __name__ == "__main__":
    main()
