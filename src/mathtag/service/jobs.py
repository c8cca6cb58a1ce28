"""Bank jobs run by the service: one worker thread, jobs in order, resumed after a restart.

A job's files live in ``DATA_DIR/jobs/<id>/`` (``input.<ext>``, ``output.<ext>``, the rejected
file and, while it runs, the stage and state of :mod:`mathtag.service.bank`), so a server that
crashes mid-job continues the same job, from its last checkpoint, when it starts again.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from mathtag.models.base import Prediction
from mathtag.service.bank import BankOptions, detect_format, rejected_path_for, tag_bank
from mathtag.service.db import BatchJob, utcnow
from mathtag.service.runtime import LoopPredictor, Predictor

log = logging.getLogger("mathtag.service")


def job_dir(data_dir: Path, job_id: str) -> Path:
    return data_dir / "jobs" / job_id


def job_input(data_dir: Path, job: BatchJob) -> Path:
    return job_dir(data_dir, job.id) / f"input{Path(job.filename).suffix.lower()}"


def job_output(data_dir: Path, job: BatchJob) -> Path:
    return job_dir(data_dir, job.id) / f"output{Path(job.filename).suffix.lower()}"


def job_rejected(data_dir: Path, job: BatchJob) -> Path:
    out = job_output(data_dir, job)
    return rejected_path_for(out, detect_format(out))


class JobRunner:
    def __init__(self, sessions: sessionmaker, predictor: Predictor | LoopPredictor, data_dir: Path,
                 on_rows: Callable[[int], None] | None = None) -> None:
        self.sessions = sessions
        self.predictor = predictor
        self.data_dir = data_dir
        self.on_rows = on_rows
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="mathtag-jobs", daemon=True)

    def start(self) -> None:
        """Start the worker and re-queue jobs a previous process left unfinished."""
        with self.sessions() as s:
            pending = s.scalars(select(BatchJob.id).where(BatchJob.status.in_(("queued", "running")))
                                .order_by(BatchJob.created_at)).all()
        for job_id in pending:
            self._queue.put(job_id)
        self._thread.start()

    def submit(self, job_id: str) -> None:
        self._queue.put(job_id)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _update(self, job_id: str, **values: object) -> None:
        with self.sessions() as s:
            job = s.get(BatchJob, job_id)
            if job is None:
                return
            for k, v in values.items():
                setattr(job, k, v)
            job.updated_at = utcnow()
            s.commit()

    def _run(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            try:
                self._run_one(job_id)
            except Exception as exc:
                log.exception("job %s failed", job_id)
                self._update(job_id, status="failed", error=str(exc)[:2000])

    def _run_one(self, job_id: str) -> None:
        with self.sessions() as s:
            job = s.get(BatchJob, job_id)
            if job is None or job.status in ("done", "failed"):
                return
            src, out = job_input(self.data_dir, job), job_output(self.data_dir, job)
            options = BankOptions(text_column=job.text_column, scope=job.scope, top_k=job.top_k)
        self._update(job_id, status="running")
        last = [0.0, 0]

        def progress(done: int, total: int) -> None:
            if self.on_rows:
                self.on_rows(done - last[1])
            last[1] = done
            now = time.monotonic()
            if now - last[0] > 0.5 or done == total:
                last[0] = now
                self._update(job_id, done_rows=done, total_rows=total)

        def classify(texts: Sequence[str], scope: str | None, top_k: int) -> list[Prediction]:
            return self.predictor.predict(texts, scope, top_k)

        res = tag_bank(src, out, classify, options, batch_size=32, progress=progress)
        self._update(job_id, status="done", total_rows=res.total, done_rows=res.total,
                     rejected_rows=res.rejected, error=None)
