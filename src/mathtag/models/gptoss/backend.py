"""Local gpt-oss backend (transformers): Harmony prompt in, Harmony parsing out, valid codes only.

For each problem:
1. candidates: the scope's standards, narrowed to the embedded classifier's top ``k`` when the
   scope is larger (retrieval keeps the prompt short and the choice meaningful);
2. the model writes its reasoning in the ``analysis`` channel (greedy, length by reasoning effort);
3. the ``final`` channel is **constrained**: every candidate's JSON prefix
   ``{"standard": "<code>"`` is scored by the model's log-likelihood and the best is chosen, so
   the answer is always a registry code inside the scope; the softmax over candidates gives the
   confidence and top-k. Level and difficulty are chosen the same way among their values.
   With ``free_final=True`` the model also writes the final JSON freely first; that raw code is
   kept (``raw_code``) so ``mathtag eval`` can report how often the unconstrained model would
   have produced an invalid code.

The same code loads the tiny local model, ``openai/gpt-oss-20b`` (MXFP4, dequantized to bf16 on
load when asked) and a merged fine-tune.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Self

import numpy as np

from mathtag.curriculum.registry import Curriculum
from mathtag.models.base import Classifier, Prediction, concepts_in, make_prediction, resolve_scope
from mathtag.models.gptoss import harmony

MAX_ANALYSIS = {"low": 48, "medium": 128, "high": 256}


def load_causal_lm(model_id: str | Path, *, dtype: str = "auto", dequantize_mxfp4: bool = True,
                   device_map: str | None = None, attn_implementation: str | None = None,
                   experts_implementation: str | None = None):
    """Load a gpt-oss checkpoint (local folder or hub id) the way the real one must be loaded."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.from_pretrained(str(model_id))
    kwargs: dict = {}
    qc = getattr(config, "quantization_config", None)
    if qc and (qc.get("quant_method") if isinstance(qc, dict) else getattr(qc, "quant_method", None)) == "mxfp4":
        from transformers import Mxfp4Config

        kwargs["quantization_config"] = Mxfp4Config(dequantize=dequantize_mxfp4)
    if dtype == "auto":
        kwargs["dtype"] = torch.bfloat16 if torch.cuda.is_available() else torch.float32
    else:
        kwargs["dtype"] = getattr(torch, dtype)
    if device_map:
        kwargs["device_map"] = device_map
    if attn_implementation:  # e.g. "flex_attention" on a GPU; gpt-oss has no SDPA path (sinks)
        kwargs["attn_implementation"] = attn_implementation
    if experts_implementation:  # e.g. "grouped_mm": one grouped GEMM for all experts
        kwargs["experts_implementation"] = experts_implementation
    return AutoModelForCausalLM.from_pretrained(str(model_id), **kwargs)


class GptOssClassifier(Classifier):
    backend = "gpt-oss"

    def __init__(self, model, *, effort: harmony.Effort = "low", candidates: int = 10,
                 retriever: Classifier | None = None, free_final: bool = False,
                 model_version: str = "gpt-oss", curriculum: Curriculum | None = None) -> None:
        self.model = model
        self.effort = effort
        self.k = candidates
        self.retriever = retriever
        self.free_final = free_final
        self.model_version = model_version
        self.cur = curriculum or Curriculum.load()
        self.review_threshold = 0.5

    @classmethod
    def load(cls, path: Path | None = None, *, adapter: Path | None = None, **kwargs: object) -> Self:
        if path is None:
            raise ValueError("the gpt-oss backend needs --model PATH_OR_HUB_ID")
        import torch

        # inference only: place the model on the GPU(s) when there are any (training leaves
        # placement to the trainer, which must not get a device map under DDP)
        model = load_causal_lm(path, device_map="auto" if torch.cuda.is_available() else None)
        if adapter is not None:
            from peft import PeftModel

            model = PeftModel.from_pretrained(model, str(adapter))
        if "retriever" not in kwargs:
            try:
                from mathtag.models.embedded import EmbeddedClassifier

                kwargs["retriever"] = EmbeddedClassifier.load()
            except FileNotFoundError:
                kwargs["retriever"] = None
        model.eval()
        return cls(model, model_version=f"gpt-oss:{Path(str(path)).name}", **kwargs)  # type: ignore[arg-type]

    def fit(self, texts: Sequence[str], labels: Sequence[str], *, levels: Sequence[str] | None = None,
            difficulties: Sequence[int] | None = None, config: object = None, **kwargs: object) -> Self:
        """LoRA-fine-tune on labelled texts (the estimator form of ``mathtag train lora``).

        The final answer the model learns holds the achievement level and difficulty too, so they
        are required: mathtag does not invent labels. ``config`` is a ``LoraTrainConfig`` whose
        ``model`` is the base checkpoint (the training code reloads it as the trainer needs);
        the last tenth of the data is held out for the trainer's evaluation. Afterwards this
        classifier predicts with the trained adapter.
        """
        import tempfile

        from mathtag.corpus.schema import CorpusItem
        from mathtag.training.lora import LoraTrainConfig, train_lora

        if levels is None or difficulties is None or not (len(texts) == len(labels) == len(levels) == len(difficulties)):
            raise ValueError("fit needs texts, labels, levels and difficulties of equal length")
        if not isinstance(config, LoraTrainConfig):
            raise TypeError("fit needs config=LoraTrainConfig(model=BASE, ...) naming the base checkpoint")
        n_valid = max(1, len(texts) // 10)
        with tempfile.TemporaryDirectory(prefix="mathtag-fit-") as tmp:
            with open(Path(tmp) / "corpus.jsonl", "w", encoding="utf-8") as f:
                for i, (t, c, lv, d) in enumerate(zip(texts, labels, levels, difficulties, strict=True)):
                    item = CorpusItem(id=f"fit-{i}", family=f"fit-{i}", text=t, standard=self.cur.normalize(c),
                                      achievement_level=lv, difficulty=int(d), format="word", source="authored",
                                      split="valid" if i >= len(texts) - n_valid else "train")
                    f.write(item.model_dump_json() + "\n")
            cfg = LoraTrainConfig(**{**config.__dict__, "corpus": tmp})
            summary = train_lora(cfg)
        from peft import PeftModel

        base = load_causal_lm(cfg.model)
        self.model = PeftModel.from_pretrained(base, summary["adapter"]).eval() if cfg.method != "full" \
            else load_causal_lm(summary["adapter"]).eval()
        self.model_version = f"gpt-oss:{Path(summary['adapter']).parent.name}"
        return self

    def save(self, path: Path) -> Path:
        self.model.save_pretrained(str(path))
        return Path(path)

    # -- candidates ----------------------------------------------------------------------------
    def candidates_for(self, texts: Sequence[str], allowed: frozenset[str]) -> list[list[str]]:
        order = [c for c in self.cur.codes if c in allowed]
        if len(order) <= self.k:
            return [order for _ in texts]
        if self.retriever is None:
            raise ValueError(f"scope has {len(order)} standards; give a narrower scope or install the embedded model "
                             f"(the retriever) to pick {self.k} candidates")
        preds = self.retriever.predict(list(texts), scope=allowed, top_k=self.k)
        return [[s.standard for s in p.top_k] for p in preds]

    # -- model calls ---------------------------------------------------------------------------
    def _device(self):
        return next(self.model.parameters()).device

    def _generate(self, prompts: list[list[int]], max_new: int, stop: Sequence[int]) -> list[list[int]]:
        import torch

        pad = 199999
        width = max(len(p) for p in prompts)
        ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts], device=self._device())
        att = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts], device=self._device())
        with torch.no_grad():
            out = self.model.generate(input_ids=ids, attention_mask=att, max_new_tokens=max_new, do_sample=False,
                                      eos_token_id=list(stop), pad_token_id=pad)
        res = []
        for row in out[:, width:].tolist():
            cut = next((i for i, t in enumerate(row) if t in stop), len(row))
            res.append(row[:cut])
        return res

    def _score(self, prefix: list[int], continuations: list[list[int]]) -> np.ndarray:
        """Sum of log-probabilities of each continuation after ``prefix`` (one batched forward)."""
        import torch

        pad = 199999
        seqs = [prefix + c for c in continuations]
        width = max(len(s) for s in seqs)
        ids = torch.tensor([s + [pad] * (width - len(s)) for s in seqs], device=self._device())
        att = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs], device=self._device())
        with torch.no_grad():
            logits = self.model(input_ids=ids, attention_mask=att).logits.float()
        logp = torch.log_softmax(logits, dim=-1)
        out = []
        for i, c in enumerate(continuations):
            pos = torch.arange(len(prefix) - 1, len(prefix) - 1 + len(c), device=logp.device)
            tok = torch.tensor(c, device=logp.device)
            out.append(float(logp[i, pos, tok].sum()))
        return np.array(out)

    # -- predict -------------------------------------------------------------------------------
    def predict(self, texts: Sequence[str], scope: str | Iterable[str] | None = None,
                top_k: int = 5) -> list[Prediction]:
        if isinstance(texts, str):
            raise TypeError("predict takes a list of texts")
        allowed = resolve_scope(self.cur, scope)
        cands = self.candidates_for(texts, allowed)
        enc = harmony.encoding()
        end, ret = harmony.special("<|end|>"), harmony.special("<|return|>")
        prompts = [harmony.prompt_tokens(t, [harmony.Candidate(c, self.cur.get(c).statement) for c in cs], self.effort)
                   for t, cs in zip(texts, cands, strict=True)]
        heads = [p + harmony.analysis_header_tokens() for p in prompts]
        analyses = self._generate(heads, MAX_ANALYSIS[self.effort], stop=[end, ret])
        preds = []
        for text, cs, head, ana in zip(texts, cands, heads, analyses, strict=True):
            base = head + ana + [end] + harmony.final_header_tokens()
            raw_code = None
            if self.free_final:
                gen = self._generate([base], 64, stop=[ret, end])[0]
                raw_code = _code_from_json(enc.decode(gen)) or ""  # "" = nothing parseable
            json_open = enc.encode('{"standard": "', allowed_special=set())
            conts = [enc.encode(f'{c}"', allowed_special=set()) for c in cs]
            scores = self._score(base + json_open, conts)
            probs = np.exp(scores - scores.max())
            probs /= probs.sum()
            order = np.argsort(-probs, kind="stable")
            best = cs[int(order[0])]
            level, diff = self._choose_level_difficulty(base, best)
            final = harmony.final_json(best, level, diff, [])
            reasoning, _ = harmony.parse_completion(
                harmony.analysis_header_tokens() + ana + [end] + harmony.final_header_tokens() + enc.encode(final, allowed_special=set()) + [ret])
            p = make_prediction(self.cur, [(cs[int(i)], float(probs[i])) for i in order], top_k=top_k,
                                review_threshold=self.review_threshold, backend=self.backend,
                                model_version=self.model_version, achievement_level=level,
                                difficulty=diff, concepts=concepts_in(self.cur, text, best), reasoning=reasoning,
                                raw_code=raw_code if self.free_final else best)
            preds.append(p)
        return preds

    def _choose_level_difficulty(self, base: list[int], code: str) -> tuple[str, int]:
        enc = harmony.encoding()
        levels = list(self.cur.get(code).achievement_levels) or ["A", "B", "C", "D", "E"]
        pre = enc.encode(f'{{"standard": "{code}", "achievement_level": "', allowed_special=set())
        ls = self._score(base + pre, [enc.encode(f'{lv}"', allowed_special=set()) for lv in levels])
        level = levels[int(np.argmax(ls))]
        pre2 = enc.encode(f'{{"standard": "{code}", "achievement_level": "{level}", "difficulty": ', allowed_special=set())
        ds = self._score(base + pre2, [enc.encode(f"{d},", allowed_special=set()) for d in range(1, 6)])
        return level, int(np.argmax(ds)) + 1


def _code_from_json(text: str) -> str | None:
    try:
        obj = json.loads(text)
        return str(obj.get("standard")) if isinstance(obj, dict) else None
    except (json.JSONDecodeError, ValueError):
        m = re.search(r'"standard"\s*:\s*"([^"]*)"', text)
        return m.group(1) if m else None
