"""A small, randomly initialised gpt-oss with the real architecture, for tests and GPU proofs.

Same model class (``GptOssForCausalLM``), same vocabulary size (201,088 ids = ``o200k_harmony``),
mixture-of-experts MLP with fused expert parameters, attention sinks and alternating sliding /
full attention. It is saved with ``save_pretrained`` plus a tokenizer converted from the same
vocabulary, so the code that loads ``openai/gpt-oss-20b`` loads it unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

VOCAB_SIZE = 201_088


@dataclass
class TinyConfig:
    hidden_size: int = 64
    num_hidden_layers: int = 2
    num_attention_heads: int = 4
    num_key_value_heads: int = 2
    head_dim: int = 16
    intermediate_size: int = 64
    num_local_experts: int = 4
    num_experts_per_tok: int = 2
    sliding_window: int = 128
    max_position_embeddings: int = 4096
    seed: int = 0


def build_config(cfg: TinyConfig):
    from transformers import GptOssConfig

    layer_types = ["sliding_attention" if i % 2 == 0 else "full_attention" for i in range(cfg.num_hidden_layers)]
    enc_eos = [200002, 200012]  # <|return|>, <|call|>
    return GptOssConfig(
        vocab_size=VOCAB_SIZE, hidden_size=cfg.hidden_size, num_hidden_layers=cfg.num_hidden_layers,
        num_attention_heads=cfg.num_attention_heads, num_key_value_heads=cfg.num_key_value_heads,
        head_dim=cfg.head_dim, intermediate_size=cfg.intermediate_size,
        num_local_experts=cfg.num_local_experts, num_experts_per_tok=cfg.num_experts_per_tok,
        sliding_window=cfg.sliding_window, layer_types=layer_types,
        max_position_embeddings=cfg.max_position_embeddings, pad_token_id=199999,
        eos_token_id=enc_eos, bos_token_id=199998, tie_word_embeddings=False,
    )


O200K_PATTERN = "|".join([
    r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
    r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
    r"\p{N}{1,3}", r" ?[^\s\p{L}\p{N}]+[\r\n/]*", r"\s*[\r\n]+", r"\s+(?!\S)", r"\s+",
])
FIRST_SPECIAL = 199_998

# A Harmony chat template (the subset the classifier uses: system with reasoning effort, developer
# instructions from system/developer messages, user turns, final-channel assistant turns), so that
# chat-template servers (``transformers serve``, vLLM without its own renderer) can serve the tiny
# model. It renders the same tokens as ``openai-harmony`` (tested). ``conversation_date`` pins the
# date for reproducible prompts, like ``harmony.CONVERSATION_DATE``.
HARMONY_CHAT_TEMPLATE = (
    "{%- set effort = reasoning_effort | default('medium') -%}"
    "{%- set date = conversation_date | default(strftime_now('%Y-%m-%d')) -%}"
    "<|start|>system<|message|>You are ChatGPT, a large language model trained by OpenAI.\n"
    "Knowledge cutoff: 2024-06\nCurrent date: {{ date }}\n\nReasoning: {{ effort }}\n\n"
    "# Valid channels: analysis, commentary, final. Channel must be included for every message.<|end|>"
    "{%- set ns = namespace(dev=[]) -%}"
    "{%- for m in messages -%}{%- if m.role in ['system', 'developer'] -%}"
    "{%- set ns.dev = ns.dev + [m.content] -%}{%- endif -%}{%- endfor -%}"
    "{%- if ns.dev -%}<|start|>developer<|message|># Instructions\n\n{{ ns.dev | join('\n\n') }}<|end|>{%- endif -%}"
    "{%- for m in messages -%}"
    "{%- if m.role == 'user' -%}<|start|>user<|message|>{{ m.content }}<|end|>"
    "{%- elif m.role == 'assistant' -%}<|start|>assistant<|channel|>final<|message|>{{ m.content }}<|end|>"
    "{%- endif -%}{%- endfor -%}"
    "{%- if add_generation_prompt -%}<|start|>assistant{%- endif -%}"
)


def write_tokenizer(out: Path) -> None:
    """A Hugging Face tokenizer for o200k_harmony: the BPE ranks plus every special id in order,
    so ids match ``openai-harmony`` exactly (checked)."""
    from transformers import PreTrainedTokenizerFast
    from transformers.convert_slow_tokenizer import TikTokenConverter

    from mathtag.models.gptoss.harmony import encoding, ensure_vocab

    harmony = encoding()
    names = []
    for tid in range(FIRST_SPECIAL, VOCAB_SIZE):
        try:
            name = harmony.decode([tid])
        except Exception:
            name = ""
        names.append(name if name.startswith("<|") else f"<|reserved_{tid}|>")
    conv = TikTokenConverter(vocab_file=str(ensure_vocab() / "o200k_base.tiktoken"), pattern=O200K_PATTERN,
                             extra_special_tokens=names)
    tok = PreTrainedTokenizerFast(tokenizer_object=conv.converted(), bos_token="<|startoftext|>",
                                  eos_token="<|return|>", pad_token="<|endoftext|>")
    probe = "<|start|>user<|message|>이차방정식 $x^2-5x+6=0$<|end|>"
    if tok.encode(probe, add_special_tokens=False) != harmony.encode(probe, allowed_special="all"):
        raise RuntimeError("converted tokenizer disagrees with openai-harmony")
    tok.chat_template = HARMONY_CHAT_TEMPLATE
    tok.save_pretrained(str(out))


def init_tiny(out: Path, cfg: TinyConfig | None = None) -> Path:
    """Write a randomly initialised tiny gpt-oss (weights, config, tokenizer) to ``out``."""
    import torch
    from transformers import GptOssForCausalLM

    cfg = cfg or TinyConfig()
    torch.manual_seed(cfg.seed)
    model = GptOssForCausalLM(build_config(cfg))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    write_tokenizer(out)
    return out
