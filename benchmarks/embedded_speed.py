"""Speed and memory of the shipped embedded classifier, on one CPU core.

    python3 benchmarks/embedded_speed.py [--out benchmarks/results/embedded_speed.json]

Measures, in fresh processes pinned to one core: model load time, single-problem latency
(p50/p95 of ``predict([text])``), batch throughput (``predict(1000 texts)``) with and without a
scope, and peak resident memory. The texts are the authored problems that ship with the package
(real problem shapes: word problems, ①~⑤ choices, LaTeX), repeated to the batch size.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _texts(n: int) -> list[str]:
    from mathtag.corpus.build import load_authored
    from mathtag.curriculum.registry import Curriculum

    base = [it.text for it in load_authored(Curriculum.load())]
    return [base[i % len(base)] for i in range(n)]


def measure_load() -> dict:
    """Run in a child: import + load time, then peak memory after a batch."""
    _pin()
    t0 = time.perf_counter()
    from mathtag.models.embedded import EmbeddedClassifier

    t1 = time.perf_counter()
    clf = EmbeddedClassifier.load()
    t2 = time.perf_counter()
    clf.predict(_texts(1000))
    import resource

    return {"import_seconds": round(t1 - t0, 3), "load_seconds": round(t2 - t1, 3),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "model_version": clf.model_version, "classes": len(clf.classes)}


def measure_speed(batch: int, singles: int) -> dict:
    _pin()
    from mathtag.models.embedded import EmbeddedClassifier

    clf = EmbeddedClassifier.load()
    texts = _texts(batch)
    clf.predict(texts[:50])  # warm caches
    lat, cpu = [], []
    for t in texts[:singles]:
        s, c = time.perf_counter(), time.process_time()
        clf.predict([t])
        lat.append((time.perf_counter() - s) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    lat.sort()
    cpu.sort()
    out = {"single_p50_ms": round(lat[len(lat) // 2], 3), "single_p95_ms": round(lat[int(len(lat) * 0.95)], 3),
           "single_cpu_p50_ms": round(cpu[len(cpu) // 2], 3), "single_n": len(lat),
           "load_average_1min": round(os.getloadavg()[0], 2)}
    for name, scope in (("all_standards", None), ("scope_중학교", "중학교")):
        best, best_cpu = float("inf"), float("inf")
        for _ in range(3):
            s, c = time.perf_counter(), time.process_time()
            clf.predict(texts, scope=scope)
            best = min(best, time.perf_counter() - s)
            best_cpu = min(best_cpu, time.process_time() - c)
        out[f"batch_{name}_problems_per_second"] = round(batch / best, 1)
        # CPU time of this process: what the core delivers when other work shares the machine
        out[f"batch_{name}_problems_per_cpu_second"] = round(batch / best_cpu, 1)
    out["batch_size"] = batch
    out["mean_chars"] = round(sum(map(len, texts)) / len(texts), 1)
    return out


def _child(fn: str, *args: str) -> dict:
    code = f"import json, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import embedded_speed as b; " \
           f"print(json.dumps(b.{fn}({', '.join(args)})))"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "embedded_speed.json")
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--singles", type=int, default=500)
    args = ap.parse_args()
    result = {
        "command": "python3 benchmarks/embedded_speed.py",
        "machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine(),
                    "cores_used": 1},
        "load": _child("measure_load"),
        "speed": _child("measure_speed", str(args.batch), str(args.singles)),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
