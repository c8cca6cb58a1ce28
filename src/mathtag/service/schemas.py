"""Request and response models of the REST API (the OpenAPI schema is generated from these)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mathtag.models.base import Prediction

TOP_K_MAX = 20


def _not_blank(v: str) -> str:
    if not v.strip():
        raise ValueError("text is empty")
    return v


class ErrorBody(BaseModel):
    code: str = Field(description="Stable machine-readable error code, e.g. unknown_code, bad_scope")
    message: str
    details: Any = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The problem as a student sees it")
    scope: str | None = Field(default=None, max_length=200,
                              description="Restrict to a scope: 중학교, 초등 5-6, 미적분Ⅰ, 9수02, …")
    top_k: int = Field(default=5, ge=1, le=TOP_K_MAX)
    store: bool = Field(default=True, description="Keep the problem and prediction for review")
    id: str | None = Field(default=None, max_length=200, description="Your own id for the problem")

    _blank = field_validator("text")(classmethod(lambda cls, v: _not_blank(v)))


class BatchItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    id: str | None = Field(default=None, max_length=200)

    _blank = field_validator("text")(classmethod(lambda cls, v: _not_blank(v)))


class BatchClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[BatchItem] = Field(min_length=1)
    scope: str | None = Field(default=None, max_length=200)
    top_k: int = Field(default=5, ge=1, le=TOP_K_MAX)
    store: bool = True


class ClassifyResult(BaseModel):
    id: str | None = Field(default=None, description="Your id, echoed")
    problem_id: str | None = Field(description="Stored problem (null when store=false)")
    prediction_id: str | None
    prediction: Prediction


class BatchClassifyResponse(BaseModel):
    results: list[ClassifyResult]


class StandardSummary(BaseModel):
    code: str
    school_level: str
    grade_band: str
    subject: str
    subject_code: str
    domain_no: str
    domain: str
    statement: str


class StandardList(BaseModel):
    total: int
    items: list[StandardSummary]


class StandardDetail(StandardSummary):
    explanations: list[str]
    considerations: list[str]
    terms: list[str]
    achievement_levels: dict[str, str]


class CorrectionRequest(BaseModel):
    """Label a stored prediction (``prediction_id``) or problem (``problem_id``), or a new ``text``."""

    model_config = ConfigDict(extra="forbid")

    prediction_id: str | None = Field(default=None, max_length=64)
    problem_id: str | None = Field(default=None, max_length=64)
    text: str | None = Field(default=None, min_length=1, description="A problem not stored yet")
    standard: str = Field(min_length=1, max_length=60, description="The right code (any accepted spelling)")
    achievement_level: Literal["A", "B", "C", "D", "E"] | None = None
    difficulty: int | None = Field(default=None, ge=1, le=5)
    note: str | None = Field(default=None, max_length=2000)


class CorrectionView(BaseModel):
    id: str
    problem_id: str
    prediction_id: str | None
    action: Literal["accept", "correct"]
    from_standard: str | None
    to_standard: str
    to_statement: str
    achievement_level: str | None
    difficulty: int | None
    note: str | None
    actor: str
    created_at: datetime


class CorrectionList(BaseModel):
    total: int
    items: list[CorrectionView]


class StoredPrediction(BaseModel):
    id: str
    created_at: datetime
    scope: str | None = Field(description="The scope the problem was classified within")
    prediction: Prediction


class ProblemView(BaseModel):
    id: str
    text: str
    external_id: str | None
    source: str
    created_by: str | None
    created_at: datetime
    prediction: StoredPrediction | None
    correction: CorrectionView | None = Field(description="The latest correction (what counts)")
    status: Literal["needs_review", "unreviewed", "accepted", "corrected"]


class ProblemDetail(ProblemView):
    history: list[CorrectionView]


class ProblemList(BaseModel):
    total: int
    items: list[ProblemView]


class Limits(BaseModel):
    max_text_chars: int
    max_batch: int
    max_body_bytes: int
    max_upload_bytes: int
    max_top_k: int


class Info(BaseModel):
    version: str
    backend: str
    model_version: str
    auth: Literal["open", "keyed"] = Field(description="open: no API key exists yet; keyed: send a key")
    limits: Limits
    standards: int


class Health(BaseModel):
    status: Literal["ok"]


class Ready(BaseModel):
    status: Literal["ready", "not_ready"]
    checks: dict[str, str]


class JobView(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    filename: str
    text_column: str
    scope: str | None
    top_k: int
    total_rows: int | None
    done_rows: int
    rejected_rows: int
    error: str | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    output_url: str | None
    rejected_url: str | None


class JobList(BaseModel):
    items: list[JobView]


class AuditEntry(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    target: str | None
    detail: dict[str, Any]
    client: str | None


class AuditList(BaseModel):
    items: list[AuditEntry]
