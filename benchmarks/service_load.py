"""Load benchmark of the REST API: a real ``mathtag serve`` (embedded backend) on loopback.

An asyncio httpx load generator keeps C requests in flight (C = 1, 16, 64) for a fixed time
and records requests/s, classifications/s, p50/p99 latency and errors, for single-problem
requests (/v1/classify) and for batches (/v1/classify/batch). Requests carry an API key (an
unlimited-rate key is created first), so auth, rate limiting and storage are all in the path.

    python3 benchmarks/service_load.py --seconds 10 --out benchmarks/results/service_load.json

The load generator shares the machine with the server: on a 2-core box it takes a good part
of one core, so these numbers are a floor for what the server alone can do.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import httpx

from mathtag.service.testing import ServerProcess


def problem_texts(n: int = 2000, seed: int = 0) -> list[str]:
    """Real problem texts: the authored corpus that ships in the package."""
    texts = []
    for f in sorted(resources.files("mathtag.corpus").joinpath("authored").iterdir()):
        if f.name.endswith(".jsonl"):
            texts += [json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(texts)
    return texts[:n]


class RawConnection:
    """A minimal keep-alive HTTP/1.1 client: httpx's async pool costs more CPU per request than the
    server does at high concurrency, which would measure the load generator instead of the server."""

    def __init__(self, host: str, port: int, headers: dict[str, str]) -> None:
        self.host, self.port = host, port
        self.extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: dict) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        head = (f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Type: application/json\r\n"
                f"{self.extra}Content-Length: {len(data)}\r\n\r\n").encode("ascii")
        self.writer.write(head + data)
        assert self.reader is not None
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = next(int(v) for k, _, v in (ln.partition(":") for ln in lines[1:]) if k.lower() == "content-length")
        return status, await self.reader.readexactly(length)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def run_level(url: str, key: str, texts: list[str], concurrency: int, seconds: float, batch: int,
                    warmup: float, client_kind: str = "raw") -> dict:
    headers = {"X-API-Key": key}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    counted = [0]
    path = "/v1/classify" if batch == 1 else "/v1/classify/batch"
    host, port = url.removeprefix("http://").split(":")
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=30) as client:
        start = time.perf_counter()
        measure_from = start + warmup
        stop = measure_from + seconds

        async def worker(w: int) -> None:
            rng = random.Random(w)
            conn = RawConnection(host, int(port), headers) if client_kind == "raw" else None
            while True:
                now = time.perf_counter()
                if now >= stop:
                    if conn is not None:
                        await conn.close()
                    return
                if batch == 1:
                    body = {"text": rng.choice(texts)}
                else:
                    body = {"items": [{"text": rng.choice(texts)} for _ in range(batch)]}
                t0 = time.perf_counter()
                try:
                    if conn is not None:
                        status, _ = await conn.post(path, body)
                    else:
                        status = (await client.post(path, json=body)).status_code
                    ok = status == 200
                    why = None if ok else f"HTTP {status}"
                except (httpx.HTTPError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                    ok, why = False, type(exc).__name__
                    conn = RawConnection(host, int(port), headers) if client_kind == "raw" else None
                t1 = time.perf_counter()
                if t0 >= measure_from and t1 <= stop:
                    if ok:
                        latencies.append(t1 - t0)
                        counted[0] += 1
                    else:
                        errors[why] = errors.get(why, 0) + 1

        await asyncio.gather(*(worker(i) for i in range(concurrency)))
    n = len(latencies)
    lat = sorted(latencies)
    q = statistics.quantiles(lat, n=100, method="inclusive") if n >= 2 else [lat[0] * 1000] * 99 if n else [0] * 99
    return {
        "concurrency": concurrency, "texts_per_request": batch, "seconds": seconds, "requests": n,
        "requests_per_s": round(n / seconds, 1), "classifications_per_s": round(n * batch / seconds, 1),
        "p50_ms": round(q[49] * 1000, 2), "p99_ms": round(q[98] * 1000, 2),
        "mean_ms": round(statistics.fmean(lat) * 1000, 2) if n else None,
        "errors": sum(errors.values()), "error_kinds": errors,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--warmup", type=float, default=2.0)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 16, 64])
    ap.add_argument("--batch", type=int, nargs="+", default=[1, 16], help="texts per request (1 = /v1/classify)")
    ap.add_argument("--client", choices=["raw", "httpx"], default="raw", help="load generator's HTTP client")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/service_load.json"))
    args = ap.parse_args()

    from mathtag.service.config import db_url
    from mathtag.service.db import make_engine, make_sessionmaker, upgrade
    from mathtag.service.keys import create_key

    texts = problem_texts()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        engine = make_engine(db_url(str(db)))
        upgrade(engine)
        with make_sessionmaker(engine)() as s:
            _, key = create_key(s, "bench", rate_per_min=0)  # unlimited: measure the server, not the limiter
        engine.dispose()
        with ServerProcess(db, log=Path(tmp) / "server.log") as srv:
            info = httpx.get(srv.url + "/v1/info").json()
            results = []
            for batch in args.batch:
                for c in args.concurrency:
                    r = asyncio.run(run_level(srv.url, key, texts, c, args.seconds, batch, args.warmup, args.client))
                    results.append(r)
                    print(json.dumps(r), file=sys.stderr)
            metrics = httpx.get(srv.url + "/metrics").text
    stored = next((float(line.split()[-1]) for line in metrics.splitlines()
                   if line.startswith("mathtag_classifications_total{")), None)
    report = {
        "command": "python3 benchmarks/service_load.py " + " ".join(sys.argv[1:]),
        "machine": {"cpus": os.cpu_count(), "cpus_usable": len(os.sched_getaffinity(0)), "platform": platform.platform(), "python": platform.python_version(),
                    "loadavg_at_end": os.getloadavg()},
        "client": args.client,
        "server": {"backend": info["backend"], "model_version": info["model_version"], "workers": 1,
                   "database": "SQLite (WAL), predictions stored", "auth": "API key, unlimited rate"},
        "classifications_total_on_server": stored,
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
