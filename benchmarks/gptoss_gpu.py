"""GPU proof of the gpt-oss path: train a small gpt-oss from scratch on the corpus and evaluate it.

Run on the GPU machine through ``benchmarks/gptoss_gpu.sh`` (which installs the carried wheels and
builds the corpus first). Every step goes through the product's own code: Harmony rendering,
TRL SFTTrainer (``train_lora`` with ``method="full"``), the gpt-oss backend with constrained
final answers, and ``mathtag eval``. Writes ``results.json`` and the evaluation report to --out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--train-seconds", type=float, default=200)
    ap.add_argument("--probe-steps", type=int, default=20)
    ap.add_argument("--eval-limit", type=int, default=200)
    ap.add_argument("--hidden", type=int, default=512)
    ap.add_argument("--layers", type=int, default=8)
    ap.add_argument("--experts", type=int, default=8)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--min-steps", type=int, default=50)
    ap.add_argument("--train-steps", type=int, default=0, help="fixed step count instead of sizing to time")
    ap.add_argument("--work", type=Path, default=Path("artifacts/gptoss-proof"),
                    help="models and partial results; kept between phases (the repo's ignored artifacts/)")
    ap.add_argument("--phases", default="probe,train,eval",
                    help="probe (implementation throughput), train (training, LoRA), eval (reuses the work dir's model), "
                         "sweep (throughput at --sweep-batches for each implementation)")
    ap.add_argument("--sweep-batches", default="32,64")
    ap.add_argument("--eval-timeout", type=float, default=360)
    ap.add_argument("--impl", default="eager", choices=["eager", "flex_attention+grouped_mm"],
                    help="implementation when the probe phase is skipped")
    ap.add_argument("--rate", type=float, default=35_000, help="tokens/s assumed when the probe phase is skipped")
    args = ap.parse_args()
    phases = set(args.phases.split(","))

    import torch

    from mathtag.models.gptoss.tiny import TinyConfig, init_tiny
    from mathtag.training.lora import LoraTrainConfig, train_lora

    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    tiny = TinyConfig(hidden_size=args.hidden, num_hidden_layers=args.layers, num_attention_heads=args.hidden // 64,
                      num_key_value_heads=max(1, args.hidden // 256), head_dim=64, intermediate_size=args.hidden,
                      num_local_experts=args.experts, num_experts_per_tok=2, sliding_window=128, seed=0)
    base = init_tiny(work / "base", tiny)
    from transformers import AutoModelForCausalLM

    n_params = sum(p.numel() for p in AutoModelForCausalLM.from_pretrained(base).parameters())
    gpu = torch.cuda.is_available()
    saved = work / "results.json"
    results: dict = json.loads(saved.read_text(encoding="utf-8")) if saved.is_file() and "train" not in phases else {}
    impls = [("eager", None, None), ("flex_attention+grouped_mm", "flex_attention", "grouped_mm")]
    results.update({"gpu": torch.cuda.get_device_name(0) if gpu else "cpu", "params": n_params,
                    "tiny_config": tiny.__dict__, "torch": torch.__version__})
    args.out.mkdir(parents=True, exist_ok=True)

    def dump() -> None:  # after every phase, so a run cut short still reports what it measured
        text = json.dumps(results, ensure_ascii=False, indent=1, default=str)
        (args.out / "results.json").write_text(text, encoding="utf-8")
        saved.write_text(text, encoding="utf-8")

    def cfg(**kw) -> LoraTrainConfig:
        c = LoraTrainConfig(model=str(base), corpus=str(args.corpus), method="full", learning_rate=1e-3,
                            warmup_ratio=0.05, per_device_train_batch_size=args.batch, gradient_accumulation_steps=1,
                            num_train_epochs=1, max_length=1024, candidates=10, eval_steps=10_000,
                            save_steps=10_000, logging_steps=5, report_to="none", bf16=gpu, max_eval_items=16)
        for k, v in kw.items():
            setattr(c, k, v)
        return c

    if "train" in phases:
        # 1. throughput of the attention / experts implementations transformers offers
        probes = {}
        for name, attn, experts in (impls if gpu else impls[:1]) if "probe" in phases else []:
            if gpu:
                torch.cuda.reset_peak_memory_stats()
            try:
                s = train_lora(cfg(max_steps=args.probe_steps, output_dir=str(work / f"probe-{name}"),
                                   attn_implementation=attn, experts_implementation=experts,
                                   max_train_items=args.batch * args.probe_steps))
                probes[name] = {"steady_tokens_per_second": s["steady_tokens_per_second"],
                                "tokens_per_second": s["tokens_per_second"], "peak_gpu_memory_gib": s["peak_gpu_memory_gib"],
                                "last_loss": s["last_loss"]}
            except Exception as exc:  # an implementation missing on this stack is a result, not a crash
                probes[name] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
            print(name, probes[name], flush=True)
        results["probes"] = probes
        dump()
        ok = {k: v for k, v in probes.items() if v.get("steady_tokens_per_second")}
        best = max(ok, key=lambda k: ok[k]["steady_tokens_per_second"]) if ok else args.impl
        attn, experts = (None, None) if best == "eager" else ("flex_attention", "grouped_mm")
        rate = ok.get(best, {}).get("steady_tokens_per_second") or args.rate

        # 2. the training run, sized to the time budget
        tokens_per_step = args.batch * 700  # about 700 tokens per rendered conversation
        steps = max(args.min_steps, int(args.train_seconds * rate / tokens_per_step))
        steps = args.train_steps or steps
        if gpu:
            torch.cuda.reset_peak_memory_stats()
        t = time.time()
        s = train_lora(cfg(max_steps=steps, output_dir=str(work / "train"), attn_implementation=attn,
                           experts_implementation=experts))
        results["train"] = {k: s[k] for k in ("steps", "train_examples", "first_loss", "last_loss", "tokens_seen",
                                              "tokens_per_second", "steady_tokens_per_second", "peak_gpu_memory_gib",
                                              "train_seconds")}
        results["train"]["implementation"] = best
        results["train"]["wall_seconds"] = round(time.time() - t, 1)
        print("train", results["train"], flush=True)
        dump()
        model_dir = Path(s["adapter"])

        # 3. LoRA (bf16) on the trained model: the method users run on gpt-oss-20b, same code path
        if gpu:
            torch.cuda.reset_peak_memory_stats()
        try:
            s = train_lora(cfg(method="lora", model=str(model_dir), learning_rate=2e-4, max_steps=args.probe_steps * 2,
                               output_dir=str(work / "lora"), attn_implementation=attn, experts_implementation=experts,
                               max_train_items=args.batch * args.probe_steps * 2))
            results["lora"] = {k: s[k] for k in ("steps", "first_loss", "last_loss", "tokens_per_second",
                                                 "steady_tokens_per_second", "peak_gpu_memory_gib", "effective_dropout")}
        except Exception as exc:
            results["lora"] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        print("lora", results["lora"], flush=True)
        dump()

    model_dir = work / "train" / "model"
    if "eval" in phases:
        evaluate(args, work, model_dir, results, dump)
    if "sweep" in phases:
        sweep = results.setdefault("sweep", {})
        for batch in [int(b) for b in args.sweep_batches.split(",")]:
            for name, attn, experts in impls:
                torch.cuda.reset_peak_memory_stats()
                try:
                    s = train_lora(cfg(max_steps=args.probe_steps, per_device_train_batch_size=batch,
                                       output_dir=str(work / f"sweep-{name}-{batch}"), attn_implementation=attn,
                                       experts_implementation=experts, max_train_items=batch * args.probe_steps))
                    sweep[f"{name} batch {batch}"] = {k: s[k] for k in ("steady_tokens_per_second", "tokens_per_second",
                                                                        "peak_gpu_memory_gib", "last_loss")}
                except Exception as exc:
                    sweep[f"{name} batch {batch}"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
                print(name, batch, sweep[f"{name} batch {batch}"], flush=True)
                dump()
    print(json.dumps(results, ensure_ascii=False, indent=1, default=str))


def evaluate(args, work: Path, model_dir: Path, results: dict, dump) -> None:

    # 4. evaluation on the test split through the product's CLI
    gold = work / "test_gold.jsonl"
    with gold.open("w", encoding="utf-8") as f:
        for line in (args.corpus / "test.jsonl").read_text(encoding="utf-8").splitlines():
            it = json.loads(line)
            f.write(json.dumps({"id": it["id"], "text": it["text"], "standard": it["standard"], "also": it["also"]},
                               ensure_ascii=False) + "\n")
    cmd = [sys.executable, "-m", "mathtag.cli", "eval", "--backend", "gpt-oss", "--model", str(model_dir),
           "--data", str(gold), "--scope-from", "subject", "--limit", str(args.eval_limit), "--report",
           str(args.out / "eval")]
    t = time.time()
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=args.eval_timeout)
    except subprocess.TimeoutExpired as exc:
        res = subprocess.CompletedProcess(cmd, -1, str(exc.stdout or ""), f"eval timed out after {args.eval_timeout} s")
    print(res.stdout[-3000:], res.stderr[-3000:], flush=True)
    results["eval_command"] = " ".join(cmd[2:])
    results["eval_seconds"] = round(time.time() - t, 1)
    mpath = args.out / "eval" / "metrics.json"
    if mpath.is_file():
        m = json.loads(mpath.read_text(encoding="utf-8"))
        results["eval"] = {"n": m["n"], "standard": m["standard"], "subject_accuracy": m["subject_accuracy"],
                           "invalid_code_rate": m["invalid_code_rate"], "latency_ms": m["latency_ms"]}
    dump()


if __name__ == "__main__":
    main()
