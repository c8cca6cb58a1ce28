"""Whole-bank tagging: a JSONL, CSV or XLSX file in, the same format out with tag columns added.

Crash-safe and resumable: tagged rows go to an append-only stage file (``OUT.part``) that is
fsync'd before the state file (``OUT.state.json``: input hash, options, next row index, stage
length) is atomically replaced. On restart the stage is cut back to the length the state
recorded and tagging continues at the recorded row, so after a crash, SIGKILL or Ctrl-C no row
is lost and none is written twice. When every row is staged, the output (and the rejected-rows
file, with reasons) is written atomically in the input's format and the stage files go away.

Free of FastAPI: the CLI calls it directly and the service runs it in a job thread.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from mathtag.models.base import Prediction
from mathtag.records import MAX_TEXT_CHARS, BadRow, Record, read_records

Fmt = Literal["jsonl", "csv", "xlsx"]
ClassifyFn = Callable[[Sequence[str], str | None, int], list[Prediction]]
TAG_COLUMNS = ("standard", "statement", "confidence", "needs_review", "alternatives", "school_level",
               "grade_band", "subject", "domain", "achievement_level", "difficulty", "concepts", "backend",
               "model_version")
STATE_VERSION = 1


class BankError(ValueError):
    """A bank that cannot be tagged as asked (missing column, clashing columns, changed input)."""


class BankOptions(BaseModel):
    """What decides the output: a resume must use the same options as the first run."""

    text_column: str = "text"
    scope: str | None = None
    top_k: int = Field(default=5, ge=1, le=20)
    prefix: str = ""  # put before every tag column name, to avoid clashing with input columns


@dataclass
class Bank:
    fmt: Fmt
    fieldnames: list[str] | None  # CSV/XLSX header; None for JSONL
    rows: list[Record | BadRow]


@dataclass
class BankResult:
    total: int
    tagged: int
    rejected: int
    output: Path
    rejected_path: Path
    resumed_at: int = 0
    rejected_reasons: dict[str, int] = field(default_factory=dict)


def detect_format(path: Path) -> Fmt:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    raise BankError(f"unsupported bank format {suffix!r}: use .jsonl, .csv or .xlsx")


def _check_text(text: object) -> str | None:
    if not isinstance(text, str):
        return "text is missing or not a string"
    if not text.strip():
        return "text is empty"
    if len(text) > MAX_TEXT_CHARS:
        return f"text longer than {MAX_TEXT_CHARS} characters"
    return None


def read_xlsx(path: Path, text_column: str) -> tuple[list[str], list[Record | BadRow]]:
    """First sheet; row 1 is the header. Cells become strings (numbers as Excel shows them)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise BankError(f"cannot read {path.name} as XLSX: {exc}") from exc
    try:
        ws = wb.worksheets[0]
        it = ws.iter_rows(values_only=True)
        header_row = next(it, None)
        if header_row is None:
            raise BankError(f"{path.name} is empty")
        header = [("" if h is None else str(h)).strip() for h in header_row]
        while header and not header[-1]:
            header.pop()
        if text_column not in header:
            raise BankError(f"XLSX has no column {text_column!r} (columns: {header}); use --text-column")
        rows: list[Record | BadRow] = []
        for n, values in enumerate(it, 2):
            cells = ["" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
                     for v in values]
            if not any(c.strip() for c in cells):
                continue
            extra_cells = cells[len(header):]
            if any(c.strip() for c in extra_cells):
                rows.append(BadRow(n, "row has more cells than the header", str(cells)[:200]))
                continue
            row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
            problem = _check_text(row[text_column])
            if problem:
                rows.append(BadRow(n, problem, str(row)[:200]))
                continue
            rows.append(Record(n, row[text_column], row.get("id") or None, row))
        return header, rows
    finally:
        wb.close()


def read_bank(path: Path, text_column: str) -> Bank:
    """Every row of the bank, in order, as a Record or a BadRow with its reason."""
    fmt = detect_format(path)
    if not path.is_file():
        raise BankError(f"{path} not found")
    try:
        if fmt == "xlsx":
            header, rows = read_xlsx(path, text_column)
            return Bank(fmt, header, rows)
        rows = list(read_records(path, text_column))
    except BankError:
        raise
    except (ValueError, OSError) as exc:
        raise BankError(str(exc)) from exc
    fieldnames = None
    if fmt == "csv":
        from mathtag.records import decode_bytes

        content, _ = decode_bytes(path.read_bytes())
        fieldnames = next(csv.reader(io.StringIO(content, newline="")), [])
    elif rows and all(isinstance(r, BadRow) and r.reason.startswith("text is missing") for r in rows):
        raise BankError(f"no row of {path.name} has a string field {text_column!r}; use --text-column")
    return Bank(fmt, fieldnames, rows)


def tag_values(p: Prediction, prefix: str, flat: bool) -> dict[str, Any]:
    """The tag columns for one prediction (flat: lists joined for CSV/XLSX cells)."""
    alts: Any = [{"standard": s.standard, "score": s.score} for s in p.top_k]
    concepts: Any = p.concepts
    if flat:
        alts = "; ".join(f"{s.standard}:{s.score:.4f}" for s in p.top_k)
        concepts = ", ".join(p.concepts)
    values = {
        "standard": p.standard, "statement": p.statement, "confidence": p.confidence,
        "needs_review": p.needs_review, "alternatives": alts, "school_level": p.school_level,
        "grade_band": p.grade_band, "subject": p.subject, "domain": p.domain,
        "achievement_level": p.achievement_level, "difficulty": p.difficulty, "concepts": concepts,
        "backend": p.backend, "model_version": p.model_version,
    }
    return {prefix + k: v for k, v in values.items()}


def default_out(path: Path) -> Path:
    return path.with_name(f"{path.stem}.tagged{path.suffix}")


def rejected_path_for(out: Path, fmt: Fmt) -> Path:
    return out.with_name(f"{out.stem}.rejected.{'jsonl' if fmt == 'jsonl' else 'csv'}")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    with tmp.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class _State(BaseModel):
    version: int = STATE_VERSION
    input_sha256: str
    options: BankOptions
    total: int
    next_index: int = 0
    stage_bytes: int = 0
    tagged: int = 0
    rejected: int = 0


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """One tagging process per output file (a second one would interleave the stage)."""
    import fcntl

    with lock_path.open("a") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BankError(f"another tag-bank is writing {lock_path.with_suffix('')}") from exc
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def tag_bank(
    input_path: Path,
    out: Path,
    classify: ClassifyFn,
    options: BankOptions | None = None,
    *,
    batch_size: int = 64,
    restart: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> BankResult:
    """Tag every row of ``input_path`` into ``out`` (same format), resuming an interrupted run."""
    options = options or BankOptions()
    input_path, out = Path(input_path), Path(out)
    if out.resolve() == input_path.resolve():
        raise BankError("--out must differ from the input (the bank is never overwritten)")
    if detect_format(out) != detect_format(input_path):
        raise BankError(f"output {out.name} must have the input's format ({input_path.suffix})")
    bank = read_bank(input_path, options.text_column)
    _check_columns(bank, options.prefix)
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = out.with_name(out.name + ".part")
    state_path = out.with_name(out.name + ".state.json")
    lock = out.with_name(out.name + ".lock")
    with _exclusive(lock):
        digest = _sha256(input_path)
        state = None
        if state_path.exists() and not restart:
            state = _State.model_validate_json(state_path.read_text(encoding="utf-8"))
            if state.input_sha256 != digest:
                raise BankError(f"{input_path.name} changed since the interrupted run; pass --restart to start over")
            if state.options != options:
                raise BankError(f"the interrupted run used other options ({state.options.model_dump()}); "
                                "use the same ones or pass --restart")
        if state is None:
            state = _State(input_sha256=digest, options=options, total=len(bank.rows))
        resumed_at = state.next_index
        with stage.open("ab") as f:
            f.truncate(state.stage_bytes)  # drop anything written after the last checkpoint
        _save_state(state_path, state)
        with stage.open("ab") as f:
            while state.next_index < len(bank.rows):
                chunk = bank.rows[state.next_index : state.next_index + batch_size]
                lines, tagged, rejected = _tag_chunk(chunk, state.next_index, classify, options, bank.fmt)
                data = "".join(lines).encode("utf-8")
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
                state.next_index += len(chunk)
                state.stage_bytes += len(data)
                state.tagged += tagged
                state.rejected += rejected
                _save_state(state_path, state)
                if progress:
                    progress(state.next_index, len(bank.rows))
        rej_path = rejected_path_for(out, bank.fmt)
        reasons = _finalize(stage, out, rej_path, bank, options)
        for p in (stage, state_path):
            p.unlink(missing_ok=True)
        _fsync_dir(out.parent)
    lock.unlink(missing_ok=True)
    if progress:
        progress(len(bank.rows), len(bank.rows))
    return BankResult(len(bank.rows), state.tagged, state.rejected, out, rej_path, resumed_at, reasons)


def _save_state(path: Path, state: _State) -> None:
    _atomic_write(path, lambda tmp: tmp.write_text(state.model_dump_json(), encoding="utf-8"))


def _check_columns(bank: Bank, prefix: str) -> None:
    tags = {prefix + c for c in TAG_COLUMNS}
    if bank.fieldnames is not None:
        clash = tags & set(bank.fieldnames)
    else:
        clash = set()
        for r in bank.rows:
            if isinstance(r, Record):
                clash |= tags & set(r.extra)
    if clash:
        raise BankError(f"the bank already has column(s) {sorted(clash)}; pass --prefix (e.g. --prefix tag_)")


def _tag_chunk(chunk: list[Record | BadRow], start: int, classify: ClassifyFn, options: BankOptions,
               fmt: Fmt) -> tuple[list[str], int, int]:
    good = [r for r in chunk if isinstance(r, Record)]
    preds = iter(classify([r.text for r in good], options.scope, options.top_k)) if good else iter(())
    lines = []
    for i, r in enumerate(chunk, start):
        if isinstance(r, Record):
            row = {**r.extra, **tag_values(next(preds), options.prefix, flat=fmt != "jsonl")}
            lines.append(json.dumps({"i": i, "line": r.line, "row": row}, ensure_ascii=False) + "\n")
        else:
            lines.append(json.dumps({"i": i, "line": r.line, "bad": r.reason, "raw": r.raw},
                                    ensure_ascii=False) + "\n")
    return lines, len(good), len(chunk) - len(good)


def _read_stage(stage: Path) -> Iterator[dict[str, Any]]:
    expect = 0
    with stage.open(encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if obj["i"] != expect:  # a broken invariant must never produce a silently wrong file
                raise BankError(f"stage file {stage} is inconsistent at row {expect}; pass --restart")
            expect += 1
            yield obj


def _finalize(stage: Path, out: Path, rej_path: Path, bank: Bank, options: BankOptions) -> dict[str, int]:
    good: list[dict[str, Any]] = []
    bad: list[dict[str, Any]] = []
    for obj in _read_stage(stage):
        if "row" in obj:
            good.append(obj["row"])
        else:
            bad.append({"line": obj["line"], "reason": obj["bad"], "raw": obj["raw"]})
    if len(good) + len(bad) != len(bank.rows):
        raise BankError(f"stage file {stage} has {len(good) + len(bad)} of {len(bank.rows)} rows; pass --restart")
    columns = [*(bank.fieldnames or []), *(options.prefix + c for c in TAG_COLUMNS)]
    if bank.fmt == "jsonl":
        _atomic_write(out, lambda tmp: _write_jsonl(tmp, good))
        _atomic_write(rej_path, lambda tmp: _write_jsonl(tmp, bad))
    elif bank.fmt == "csv":
        _atomic_write(out, lambda tmp: _write_csv(tmp, columns, good))
        _atomic_write(rej_path, lambda tmp: _write_csv(tmp, ["line", "reason", "raw"], bad))
    else:
        _atomic_write(out, lambda tmp: _write_xlsx(tmp, columns, good))
        _atomic_write(rej_path, lambda tmp: _write_csv(tmp, ["line", "reason", "raw"], bad))
    reasons: dict[str, int] = {}
    for b in bad:
        reasons[b["reason"]] = reasons.get(b["reason"], 0) + 1
    return reasons


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _write_csv(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    # UTF-8 with BOM: Korean Excel opens it correctly (a CP949 input comes back as UTF-8)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})


def _write_xlsx(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("tagged")
    ws.append(columns)
    for r in rows:
        ws.append([r.get(c) for c in columns])
    wb.save(path)
