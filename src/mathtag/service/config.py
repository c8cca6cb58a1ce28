"""Service settings: one pydantic model, filled from CLI options and ``MATHTAG_*`` variables.

No configuration is needed: the database defaults to ``./mathtag.db`` (SQLite) and job files
live beside it, so ``mathtag serve`` works in any empty folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field

DEFAULT_DB = "sqlite:///mathtag.db"


def default_db_url() -> str:
    """``$MATHTAG_DB`` (a URL or a plain file path), else ``sqlite:///mathtag.db``."""
    return db_url(os.environ.get("MATHTAG_DB") or DEFAULT_DB)


def db_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a bare file path (taken as a SQLite file)."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL (None for other databases or in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    path = path.split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path)


class Settings(BaseModel):
    """What the app needs to know; every limit is enforced with a clear 4xx error."""

    db_url: str = Field(default_factory=default_db_url)
    data_dir: Path | None = None  # job uploads and outputs; default: beside the SQLite file, else ./mathtag-data
    max_text_chars: int = 20_000  # same bound as bank files (mathtag.records.MAX_TEXT_CHARS)
    max_batch: int = 256  # texts per /v1/classify/batch request
    max_body_bytes: int = 2 * 1024 * 1024  # JSON request bodies
    max_upload_bytes: int = 50 * 1024 * 1024  # bank files for jobs
    max_top_k: int = 20
    open_rate_per_min: int = 6000  # per client address, when no API key exists yet (open mode)
    default_key_rate_per_min: int = 6000
    auth_cache_seconds: float = 2.0  # a revoked key stops working within this time
    store_predictions: bool = True
    jobs: bool = True  # run bank jobs in this process
    # classify on the event loop (merging a tick's requests) instead of a worker thread;
    # None = only for the embedded backend, whose sub-millisecond predictions cost less than a hand-off
    predict_on_loop: bool | None = None

    def resolved_data_dir(self) -> Path:
        if self.data_dir is not None:
            return self.data_dir
        env = os.environ.get("MATHTAG_DATA_DIR")
        if env:
            return Path(env)
        db = sqlite_path(self.db_url)
        if db is not None:
            return db.resolve().parent / f"{db.stem}-data"
        return Path("mathtag-data").resolve()
