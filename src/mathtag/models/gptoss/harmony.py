"""Harmony conversations for the gpt-oss backend, rendered with the real ``openai-harmony`` library.

A classification is one conversation:

- system: reasoning effort (low / medium / high);
- developer: the task, the output schema and the allowed scope (candidate codes with statements);
- user: the problem;
- assistant, ``analysis`` channel: a short reasoning trace (concepts → domain → standard);
- assistant, ``final`` channel: the JSON result.

For training, loss applies only to the assistant turn (analysis + final): every token of the
prompt (system, developer, user and the ``<|start|>assistant`` header) is masked with -100.
``openai-harmony`` drops an analysis message that precedes a final one unless told not to
(``auto_drop_analysis``); we keep it, so the model learns to reason before it answers.

The tokenizer vocabulary (``o200k_base``) is read offline: from ``$TIKTOKEN_ENCODINGS_BASE`` if
set, else from the ``bpe-openai`` package, unpacked once into a cache folder and checked by SHA-256.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

Effort = Literal["low", "medium", "high"]
O200K_SHA256 = "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
CONVERSATION_DATE = "2026-01-01"  # fixed, so rendered prompts are reproducible

TASK = (
    "당신은 한국 2022 개정 수학과 교육과정의 성취기준 분류기입니다. 사용자가 주는 수학 문제가 평가하는 "
    "성취기준을 아래 허용 목록에서 정확히 하나 고르세요. 먼저 analysis 채널에서 문제에 쓰인 개념, 영역, "
    "성취기준을 짧게 추론하고, final 채널에는 JSON 하나만 쓰세요: "
    '{"standard": 코드, "achievement_level": "A"–"E", "difficulty": 1–5, "concepts": [용어, …]}. '
    "목록에 없는 코드는 절대 쓰지 마세요."
)


def ensure_vocab() -> Path:
    """A folder holding ``o200k_base.tiktoken`` and set as ``TIKTOKEN_ENCODINGS_BASE``."""
    env = os.environ.get("TIKTOKEN_ENCODINGS_BASE")
    if env and (Path(env) / "o200k_base.tiktoken").is_file():
        return Path(env)
    cache = Path(os.environ.get("MATHTAG_CACHE", Path.home() / ".cache" / "mathtag")) / "vocab"
    target = cache / "o200k_base.tiktoken"
    if not target.is_file():
        try:
            from importlib import resources

            data = resources.files("bpe_openai").joinpath("data/o200k_base.tiktoken.gz").read_bytes()
        except (ModuleNotFoundError, FileNotFoundError) as exc:
            raise RuntimeError(
                "the o200k_base vocabulary is not available offline: install mathtag[llm] (bpe-openai) "
                "or set TIKTOKEN_ENCODINGS_BASE to a folder holding o200k_base.tiktoken"
            ) from exc
        raw = gzip.decompress(data)
        if hashlib.sha256(raw).hexdigest() != O200K_SHA256:
            raise RuntimeError("o200k_base.tiktoken from bpe-openai has an unexpected SHA-256")
        cache.mkdir(parents=True, exist_ok=True)
        target.write_bytes(raw)
    os.environ["TIKTOKEN_ENCODINGS_BASE"] = str(cache)
    return cache


@lru_cache(maxsize=1)
def encoding():
    """The ``HARMONY_GPT_OSS`` encoding (o200k_harmony)."""
    ensure_vocab()
    import openai_harmony as oh

    return oh.load_harmony_encoding(oh.HarmonyEncodingName.HARMONY_GPT_OSS)


@dataclass(frozen=True)
class Candidate:
    code: str
    statement: str


def developer_text(candidates: Sequence[Candidate]) -> str:
    lines = [TASK, "", "# 허용 목록 (코드: 성취기준)"]
    lines += [f"- {c.code}: {c.statement}" for c in candidates]
    return "\n".join(lines)


def final_json(standard: str, level: str | None, difficulty: int | None, concepts: Sequence[str]) -> str:
    return json.dumps({"standard": standard, "achievement_level": level, "difficulty": difficulty,
                       "concepts": list(concepts)}, ensure_ascii=False)


def _messages(problem: str, candidates: Sequence[Candidate], effort: Effort,
              analysis: str | None = None, final: str | None = None) -> list:
    import openai_harmony as oh

    efforts = {"low": oh.ReasoningEffort.LOW, "medium": oh.ReasoningEffort.MEDIUM, "high": oh.ReasoningEffort.HIGH}
    msgs = [
        oh.Message.from_role_and_content(
            oh.Role.SYSTEM,
            oh.SystemContent.new().with_reasoning_effort(efforts[effort]).with_conversation_start_date(CONVERSATION_DATE),
        ),
        oh.Message.from_role_and_content(oh.Role.DEVELOPER,
                                         oh.DeveloperContent.new().with_instructions(developer_text(candidates))),
        oh.Message.from_role_and_content(oh.Role.USER, problem),
    ]
    if analysis is not None:
        msgs.append(oh.Message.from_role_and_content(oh.Role.ASSISTANT, analysis).with_channel("analysis"))
    if final is not None:
        msgs.append(oh.Message.from_role_and_content(oh.Role.ASSISTANT, final).with_channel("final"))
    return msgs


def prompt_tokens(problem: str, candidates: Sequence[Candidate], effort: Effort = "low") -> list[int]:
    """Tokens up to and including ``<|start|>assistant``: what the model continues."""
    import openai_harmony as oh

    conv = oh.Conversation.from_messages(_messages(problem, candidates, effort))
    return list(encoding().render_conversation_for_completion(conv, oh.Role.ASSISTANT))


def training_example(problem: str, candidates: Sequence[Candidate], analysis: str, final: str,
                     effort: Effort = "low") -> dict[str, list[int]]:
    """``input_ids`` and ``labels`` (-100 on every prompt token) for one conversation."""
    import openai_harmony as oh

    prefix = prompt_tokens(problem, candidates, effort)
    conv = oh.Conversation.from_messages(_messages(problem, candidates, effort, analysis, final))
    full = list(encoding().render_conversation_for_training(
        conv, oh.RenderConversationConfig(auto_drop_analysis=False)))
    if full[: len(prefix)] != prefix:
        raise RuntimeError("Harmony training render does not extend the completion prompt")
    labels = [-100] * len(prefix) + full[len(prefix):]
    return {"input_ids": full, "labels": labels}


def final_header_tokens() -> list[int]:
    """``<|start|>assistant<|channel|>final<|message|>``: forced after the analysis message."""
    enc = encoding()
    return list(enc.encode("<|start|>assistant<|channel|>final<|message|>", allowed_special="all"))


def analysis_header_tokens() -> list[int]:
    """``<|channel|>analysis<|message|>`` (follows the prompt's ``<|start|>assistant``)."""
    return list(encoding().encode("<|channel|>analysis<|message|>", allowed_special="all"))


def special(name: str) -> int:
    return encoding().encode(name, allowed_special="all")[0]


def parse_completion(tokens: Sequence[int]) -> tuple[str | None, str | None]:
    """(analysis text, final text) from generated assistant tokens; ``None`` where missing."""
    import openai_harmony as oh

    try:
        msgs = encoding().parse_messages_from_completion_tokens(list(tokens), oh.Role.ASSISTANT)
    except Exception:
        return None, None
    analysis = final = None
    for m in msgs:
        text = "".join(c.text for c in m.content if hasattr(c, "text"))
        if m.channel == "analysis":
            analysis = text
        elif m.channel == "final":
            final = text
    return analysis, final
