"""Reading problem records from JSONL and CSV files without losing or silently skipping rows.

Every line either yields a :class:`Record` or a :class:`BadRow` with its line number and reason,
so callers can report bad rows and still finish the rest, in input order.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MAX_TEXT_CHARS = 20_000  # longer texts are rejected: no real problem is this long


@dataclass
class Record:
    line: int
    text: str
    id: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class BadRow:
    line: int
    reason: str
    raw: str = ""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes: UTF-8 (with or without BOM), else CP949/EUC-KR as Korean Excel writes."""
    for enc in ("utf-8-sig", "cp949"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError("file is neither UTF-8 nor CP949: convert it to UTF-8")


def _check_text(text: object) -> str | None:
    if not isinstance(text, str):
        return "text is missing or not a string"
    if not text.strip():
        return "text is empty"
    if len(text) > MAX_TEXT_CHARS:
        return f"text longer than {MAX_TEXT_CHARS} characters"
    return None


def read_jsonl(path: Path, text_field: str = "text") -> Iterator[Record | BadRow]:
    content, _ = decode_bytes(Path(path).read_bytes())
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRow(n, f"invalid JSON: {exc.msg}", line[:200])
            continue
        if not isinstance(obj, dict):
            yield BadRow(n, "line is not a JSON object", line[:200])
            continue
        problem = _check_text(obj.get(text_field))
        if problem:
            yield BadRow(n, problem, line[:200])
            continue
        rid = obj.get("id")
        yield Record(n, obj[text_field], None if rid is None else str(rid), obj)


def read_csv(path: Path, text_column: str = "text") -> Iterator[Record | BadRow]:
    content, _ = decode_bytes(Path(path).read_bytes())
    reader = csv.DictReader(io.StringIO(content, newline=""))
    if reader.fieldnames is None or text_column not in reader.fieldnames:
        raise ValueError(f"CSV has no column {text_column!r} (columns: {reader.fieldnames}); use --text-column")
    for row in reader:
        n = reader.line_num
        if None in row:  # more cells than header columns
            yield BadRow(n, "row has more cells than the header", str(row)[:200])
            continue
        problem = _check_text(row.get(text_column))
        if problem:
            yield BadRow(n, problem, str(row)[:200])
            continue
        yield Record(n, row[text_column], row.get("id") or None, dict(row))


def read_records(path: Path, text_field: str = "text") -> Iterator[Record | BadRow]:
    """JSONL or CSV by extension."""
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".json", ".ndjson"):
        return read_jsonl(path, text_field)
    if suffix in (".csv", ".tsv"):
        return read_csv(path, text_field)
    raise ValueError(f"unsupported input format {suffix!r}: use .jsonl or .csv")
