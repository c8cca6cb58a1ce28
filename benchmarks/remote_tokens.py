"""Tokens one classification needs through the remote backend, counted with the real Harmony renderer.

- prompt: the exact messages ``RemoteClassifier`` sends (developer instructions with the top-k
  candidates and their statements, the problem), rendered by ``openai-harmony`` as a gpt-oss
  server renders them (system with reasoning effort, developer, user, ``<|start|>assistant``);
- completion: analysis + final channel in the format the fine-tuned model is trained to write
  (``reasoning.py`` traces at each effort, ``final_json``), headers and stop tokens included.
  A base gpt-oss-20b writes longer, free-form reasoning: see docs/serving.md for that estimate.

    python benchmarks/remote_tokens.py --out benchmarks/results/remote_tokens.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from remote_bench import problems

from mathtag.curriculum.registry import Curriculum
from mathtag.evaluation.metrics import percentile
from mathtag.models.embedded import EmbeddedClassifier
from mathtag.models.gptoss import harmony
from mathtag.models.gptoss.reasoning import reasoning_trace
from mathtag.models.remote.backend import answer_schema, developer_text
from mathtag.models.remote.server import HarmonyEngine


def stats(xs: list[int]) -> dict:
    return {"mean": round(sum(xs) / len(xs), 1), "p50": percentile(xs, 0.5), "p95": percentile(xs, 0.95),
            "max": max(xs)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--candidates", type=int, default=10)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    cur = Curriculum.load()
    emb = EmbeddedClassifier.load()
    items = problems(args.n)
    engine = HarmonyEngine.__new__(HarmonyEngine)  # the renderer only: no model needed
    engine.h, engine.enc = harmony, harmony.encoding()
    enc = engine.enc
    preds = emb.predict([it["text"] for it in items], top_k=args.candidates)
    fixed = len(harmony.analysis_header_tokens()) + 1 + len(harmony.final_header_tokens()) + 1
    out: dict = {"n": len(items), "candidates": args.candidates,
                 "schema_chars": len(json.dumps(answer_schema([s.standard for s in preds[0].top_k]), ensure_ascii=False))}
    for effort in ("low", "medium"):
        prompt, completion = [], []
        for it, p in zip(items, preds, strict=True):
            cands = [s.standard for s in p.top_k]
            msgs = [{"role": "system", "content": developer_text(cur, cands)}, {"role": "user", "content": it["text"]}]
            prompt.append(len(engine.render(msgs, effort)))
            trace = reasoning_trace(it["standard"], it.get("concepts", []), effort)
            final = json.dumps({"standard": it["standard"], "achievement_level": it["achievement_level"],
                                "difficulty": it["difficulty"]}, ensure_ascii=False)
            completion.append(fixed + len(enc.encode(trace, allowed_special=set())) + len(enc.encode(final, allowed_special=set())))
        out[effort] = {"prompt_tokens": stats(prompt), "completion_tokens_finetuned_format": stats(completion)}
    out["command"] = "python benchmarks/remote_tokens.py " + " ".join(sys.argv[1:])
    text = json.dumps(out, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
