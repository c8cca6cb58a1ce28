"""LoRA / QLoRA fine-tuning of gpt-oss on the corpus, with TRL's SFTTrainer and PEFT.

    mathtag train lora --config configs/lora-gpt-oss-20b.toml --model openai/gpt-oss-20b
    mathtag model init-tiny --out artifacts/tiny && mathtag train lora --model artifacts/tiny ...

Data: each corpus item becomes one Harmony conversation (see ``models/gptoss/harmony.py``) whose
developer message lists ``candidates`` standards (the gold one and its neighbours from the same
subject, shuffled), with loss only on the assistant's analysis and final messages.

gpt-oss has no ``gate_proj/up_proj/down_proj`` modules: its experts are fused 3-D parameters
(``mlp.experts.gate_up_proj``, ``mlp.experts.down_proj``), so LoRA targets the attention
projections as modules and the experts through PEFT's ``target_parameters``. A configured target
that matches nothing is an error, not a silent no-op.
"""

from __future__ import annotations

import json
import random
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from mathtag.corpus.schema import CorpusItem
from mathtag.curriculum.registry import Curriculum
from mathtag.models.gptoss import harmony
from mathtag.models.gptoss.reasoning import reasoning_trace


@dataclass
class LoraTrainConfig:
    """Fine-tuning settings; defaults follow the seed plan. Load with :meth:`from_file`."""

    model: str = "openai/gpt-oss-20b"
    corpus: str = "artifacts/corpus"
    output_dir: str = "artifacts/lora"
    method: str = "lora"  # lora (bf16) | qlora (4-bit base, CUDA + bitsandbytes) | full (all weights)
    r: int = 32
    alpha: int = 64
    dropout: float = 0.05
    target_modules: list[str] = field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])
    target_parameters: list[str] = field(default_factory=lambda: ["mlp.experts.gate_up_proj", "mlp.experts.down_proj"])
    learning_rate: float = 2e-4
    lr_scheduler_type: str = "cosine"
    warmup_ratio: float = 0.03
    per_device_train_batch_size: int = 2
    gradient_accumulation_steps: int = 8
    num_train_epochs: float = 3.0
    max_steps: int = -1
    max_length: int = 2048
    reasoning_effort: str = "low"
    candidates: int = 10
    max_train_items: int | None = None
    max_eval_items: int = 200
    eval_steps: int = 200
    save_steps: int = 200
    logging_steps: int = 10
    seed: int = 0
    bf16: bool | None = None  # None: bf16 on CUDA, fp32 on CPU
    gradient_checkpointing: bool = False
    report_to: str = "tensorboard"
    attn_implementation: str | None = None  # None: the library default (eager); "flex_attention" on GPU
    experts_implementation: str | None = None  # None: default loop; "grouped_mm" on GPU

    @classmethod
    def from_file(cls, path: Path | None, overrides: dict[str, Any] | None = None) -> LoraTrainConfig:
        data: dict[str, Any] = {}
        if path is not None:
            text = Path(path).read_text(encoding="utf-8")
            if str(path).endswith((".yaml", ".yml")):
                import yaml  # optional: TOML needs nothing extra

                data = yaml.safe_load(text) or {}
            else:
                data = tomllib.loads(text)
            data = data.get("lora", data)
        data.update({k: v for k, v in (overrides or {}).items() if v is not None})
        known = {f.name: f for f in fields(cls)}
        unknown = set(data) - set(known)
        if unknown:
            raise ValueError(f"unknown config keys: {sorted(unknown)}")
        return cls(**data)


# -- data --------------------------------------------------------------------------------------
def candidates_for_item(cur: Curriculum, item: CorpusItem, k: int, rng: random.Random) -> list[harmony.Candidate]:
    """The gold standard plus ``k-1`` others of its subject (nearest statements first), shuffled."""
    from mathtag.models.gptoss.reasoning import _bigrams

    st = cur.get(item.standard)
    same = [s for s in cur if s.subject_code == st.subject_code and s.code != st.code]
    mine = _bigrams(st.statement)
    same.sort(key=lambda s: -len(mine & _bigrams(s.statement)))
    near = same[: max(0, (k - 1) // 2)]
    rest = [s for s in same if s not in near]
    others = near + rng.sample(rest, min(len(rest), k - 1 - len(near)))
    chosen = [st, *others]
    rng.shuffle(chosen)
    return [harmony.Candidate(s.code, s.statement) for s in chosen]


def harmony_examples(items: list[CorpusItem], cfg: LoraTrainConfig, cur: Curriculum | None = None) -> list[dict]:
    cur = cur or Curriculum.load()
    rng = random.Random(cfg.seed)
    out = []
    for it in items:
        cands = candidates_for_item(cur, it, cfg.candidates, rng)
        analysis = reasoning_trace(it.standard, it.concepts, cfg.reasoning_effort)
        final = harmony.final_json(it.standard, it.achievement_level, it.difficulty, it.concepts)
        ex = harmony.training_example(it.text, cands, analysis, final, cfg.reasoning_effort)
        if len(ex["input_ids"]) > cfg.max_length:
            continue  # the answer would be cut off: skip rather than train on a truncated target
        out.append(ex)
    return out


# -- model -------------------------------------------------------------------------------------
def load_base_model(cfg: LoraTrainConfig):
    import torch

    from mathtag.models.gptoss.backend import load_causal_lm

    if cfg.method == "qlora":
        if not torch.cuda.is_available():
            raise RuntimeError("QLoRA needs a CUDA GPU and bitsandbytes; use method = 'lora' on CPU")
        from transformers import AutoModelForCausalLM, BitsAndBytesConfig

        bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16)
        return AutoModelForCausalLM.from_pretrained(cfg.model, quantization_config=bnb, dtype=torch.bfloat16,
                                                    device_map="auto")
    return load_causal_lm(cfg.model, dtype="bfloat16" if _use_bf16(cfg) else "float32",
                          attn_implementation=cfg.attn_implementation,
                          experts_implementation=cfg.experts_implementation)


def _use_bf16(cfg: LoraTrainConfig) -> bool:
    import torch

    return cfg.bf16 if cfg.bf16 is not None else torch.cuda.is_available()


def check_targets(model, cfg: LoraTrainConfig) -> None:
    """Fail clearly when a configured LoRA target matches no module or parameter of the model."""
    module_names = [n for n, _ in model.named_modules()]
    param_names = [n for n, _ in model.named_parameters()]
    missing = [t for t in cfg.target_modules if not any(n == t or n.endswith("." + t) for n in module_names)]
    missing += [t for t in cfg.target_parameters if not any(n == t or n.endswith("." + t) for n in param_names)]
    if missing:
        raise ValueError(
            f"LoRA targets match nothing in {type(model).__name__}: {missing}. gpt-oss has attention modules "
            "q_proj/k_proj/v_proj/o_proj and fused expert parameters mlp.experts.gate_up_proj / "
            "mlp.experts.down_proj (no gate_proj/up_proj/down_proj modules)."
        )


def effective_dropout(cfg: LoraTrainConfig) -> float:
    """PEFT's wrapper for parameter targets (the fused experts) only supports dropout 0, and one
    LoraConfig has one dropout; with expert targets the configured dropout cannot apply."""
    if cfg.target_parameters and cfg.dropout:
        import warnings

        warnings.warn(f"lora dropout {cfg.dropout} → 0: PEFT target_parameters (gpt-oss experts) require dropout 0",
                      stacklevel=2)
        return 0.0
    return cfg.dropout


def apply_lora(model, cfg: LoraTrainConfig):
    from peft import LoraConfig, get_peft_model

    check_targets(model, cfg)
    dropout = effective_dropout(cfg)
    lcfg = LoraConfig(r=cfg.r, lora_alpha=cfg.alpha, lora_dropout=dropout, bias="none", task_type="CAUSAL_LM",
                      target_modules=list(cfg.target_modules), target_parameters=list(cfg.target_parameters) or None)
    return get_peft_model(model, lcfg)


# -- training ----------------------------------------------------------------------------------
def train_lora(cfg: LoraTrainConfig, *, resume: bool = False, on_eval=None) -> dict:
    """Fine-tune and save the adapter to ``cfg.output_dir/adapter``; returns a summary."""
    import time

    import torch
    from datasets import Dataset
    from transformers import AutoTokenizer, TrainerCallback
    from trl import SFTConfig, SFTTrainer

    from mathtag.training.embedded import load_splits

    splits = load_splits(Path(cfg.corpus))
    train_items = splits["train"]
    if cfg.max_train_items:
        train_items = random.Random(cfg.seed).sample(train_items, min(cfg.max_train_items, len(train_items)))
    eval_items = random.Random(cfg.seed + 1).sample(splits["valid"], min(cfg.max_eval_items, len(splits["valid"])))
    train_ds = Dataset.from_list(harmony_examples(train_items, cfg))
    eval_ds = Dataset.from_list(harmony_examples(eval_items, cfg))
    tokenizer = AutoTokenizer.from_pretrained(cfg.model)
    model = load_base_model(cfg)
    if cfg.method != "full":
        model = apply_lora(model, cfg)
    out = Path(cfg.output_dir)
    args = SFTConfig(
        output_dir=str(out), learning_rate=cfg.learning_rate, lr_scheduler_type=cfg.lr_scheduler_type,
        warmup_steps=cfg.warmup_ratio, per_device_train_batch_size=cfg.per_device_train_batch_size,
        per_device_eval_batch_size=cfg.per_device_train_batch_size,
        gradient_accumulation_steps=cfg.gradient_accumulation_steps, num_train_epochs=cfg.num_train_epochs,
        max_steps=cfg.max_steps, max_length=cfg.max_length, logging_steps=cfg.logging_steps,
        eval_strategy="steps", eval_steps=cfg.eval_steps, save_strategy="steps", save_steps=cfg.save_steps,
        save_total_limit=2, seed=cfg.seed, bf16=_use_bf16(cfg), report_to=cfg.report_to,
        gradient_checkpointing=cfg.gradient_checkpointing,
        dataset_kwargs={"skip_prepare_dataset": False}, packing=False, use_cpu=not torch.cuda.is_available(),
    )

    class ClassificationEval(TrainerCallback):
        """After each evaluation, classify valid problems with the model being trained."""

        def on_evaluate(self, args, state, control, metrics=None, **kwargs):
            if on_eval is not None:
                extra = on_eval(model, eval_items[: min(50, len(eval_items))])
                state.log_history.append({**extra, "step": state.global_step})
                print(extra)

    marks: list[tuple[int, float, float]] = []  # (step, wall time, tokens seen) at each log

    class Throughput(TrainerCallback):
        def on_log(self, args, state, control, logs=None, **kwargs):
            if logs and "num_tokens" in logs:
                marks.append((state.global_step, time.time(), float(logs["num_tokens"])))

    trainer = SFTTrainer(model=model, args=args, train_dataset=train_ds, eval_dataset=eval_ds,
                         processing_class=tokenizer, callbacks=[ClassificationEval(), Throughput()])
    t = time.time()
    result = trainer.train(resume_from_checkpoint=resume or None)
    seconds = time.time() - t
    adapter = out / ("model" if cfg.method == "full" else "adapter")
    trainer.model.save_pretrained(str(adapter))
    tokenizer.save_pretrained(str(adapter))
    logs = [h for h in trainer.state.log_history if "loss" in h]
    seen = [float(h["num_tokens"]) for h in trainer.state.log_history if "num_tokens" in h]
    summary = {
        "tokens_seen": int(seen[-1]) if seen else None,
        "tokens_per_second": round(seen[-1] / seconds, 1) if seen and seconds else None,
        # steady state: the second half of the run, after compilation and warm-up
        "steady_tokens_per_second": _steady_rate(marks),
        "peak_gpu_memory_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None,
        "config": asdict(cfg), "effective_dropout": effective_dropout(cfg), "train_examples": len(train_ds), "eval_examples": len(eval_ds),
        "steps": trainer.state.global_step, "train_seconds": round(seconds, 1),
        "train_loss": result.training_loss, "first_loss": logs[0]["loss"] if logs else None,
        "last_loss": logs[-1]["loss"] if logs else None,
        "log_history": trainer.state.log_history,
        "adapter": str(adapter),
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return summary


def _steady_rate(marks: list[tuple[int, float, float]]) -> float | None:
    if len(marks) < 4:
        return None
    a, b = marks[len(marks) // 2], marks[-1]
    return round((b[2] - a[2]) / (b[1] - a[1]), 1) if b[1] > a[1] else None


def classification_accuracy(model, items: list[CorpusItem], effort: str = "low") -> dict[str, float]:
    """Top-1 accuracy of the model being trained, choosing among each item's subject standards."""
    from mathtag.models.gptoss.backend import GptOssClassifier

    cur = Curriculum.load()
    was_training = model.training
    model.eval()
    clf = GptOssClassifier(model, effort=effort, candidates=10)  # type: ignore[arg-type]
    hits = 0
    rng = random.Random(0)
    for it in items:
        cands = [c.code for c in candidates_for_item(cur, it, 10, rng)]
        pred = clf.predict([it.text], scope=cands, top_k=1)[0]
        hits += pred.standard == it.standard
    if was_training:
        model.train()
    return {"eval_classification_accuracy": hits / max(len(items), 1)}


def merge_adapter(base: str, adapter: Path, out: Path) -> Path:
    """Merge a LoRA adapter into its base model and save a standalone checkpoint."""
    from peft import PeftModel
    from transformers import AutoTokenizer

    from mathtag.models.gptoss.backend import load_causal_lm

    model = PeftModel.from_pretrained(load_causal_lm(base), str(adapter))
    merged = model.merge_and_unload()
    out.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(str(out))
    AutoTokenizer.from_pretrained(base).save_pretrained(str(out))
    return out


__all__ = ["LoraTrainConfig", "apply_lora", "check_targets", "classification_accuracy", "harmony_examples",
           "merge_adapter", "train_lora"]
