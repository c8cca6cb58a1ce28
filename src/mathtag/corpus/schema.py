"""The corpus format: one JSON object per problem, validated by :class:`CorpusItem`.

Authored files (``corpus/authored/*.jsonl``) and the built corpus use the same model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Format = Literal["computation", "word", "mcq", "fill", "proof", "data", "task"]
FORMATS: tuple[str, ...] = ("computation", "word", "mcq", "fill", "proof", "data", "task")
Level = Literal["A", "B", "C", "D", "E"]
Source = Literal["authored", "generated", "correction"]  # correction: a reviewed label from the service
Split = Literal["train", "valid", "test"]


class CorpusItem(BaseModel):
    """One labelled problem.

    ``family`` groups variants of one underlying problem (all items a generator family makes,
    or an authored problem and its rewrites); splits never separate a family.
    ``also`` lists other standards the problem genuinely uses as well (acceptable labels).
    """

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    family: str = Field(min_length=1)
    text: str = Field(min_length=5)
    standard: str
    also: list[str] = Field(default_factory=list)
    achievement_level: Level
    difficulty: int = Field(ge=1, le=5)
    concepts: list[str] = Field(default_factory=list)
    format: Format
    answer: str | None = None
    source: Source
    generator: str | None = None
    split: Split | None = None

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is blank")
        return v
