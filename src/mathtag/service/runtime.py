"""The two background threads of the service: the predictor and the database writer.

*Predictor*: every classification goes through one thread, so any :class:`Classifier` works
unchanged (none has to be thread-safe), and requests that arrive together with the same scope
and top-k are merged into one ``predict`` call (micro-batching: big wins for LLM backends).

*Writer*: problems and predictions are written in batches, off the request path, so a
classification answers without waiting for a commit. Ids are made up front, so the answer can
name rows not yet written; :meth:`Writer.flush` waits for them when a later request needs them.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import sessionmaker

from mathtag.models.base import Classifier, Prediction
from mathtag.service.db import Base

log = logging.getLogger("mathtag.service")


@dataclass
class _Job:
    texts: list[str]
    scope: str | None
    top_k: int
    future: Future = field(default_factory=Future)


class Predictor:
    """Serializes and micro-batches calls to one classifier."""

    def __init__(self, classifier: Classifier, max_batch: int = 64,
                 on_batch: Callable[[int, float], None] | None = None) -> None:
        self.classifier = classifier
        self.max_batch = max_batch
        self.on_batch = on_batch
        self._queue: deque[_Job] = deque()
        self._cond = threading.Condition()
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="mathtag-predictor", daemon=True)
        self._thread.start()

    def submit(self, texts: Sequence[str], scope: str | None, top_k: int) -> Future:
        job = _Job(list(texts), scope, top_k)
        with self._cond:
            if self._stop:
                raise RuntimeError("predictor stopped")
            self._queue.append(job)
            self._cond.notify()
        return job.future

    def predict(self, texts: Sequence[str], scope: str | None = None, top_k: int = 5) -> list[Prediction]:
        """Blocking call (for worker threads such as bank jobs)."""
        return self.submit(texts, scope, top_k).result()

    async def apredict(self, texts: Sequence[str], scope: str | None = None, top_k: int = 5) -> list[Prediction]:
        return await asyncio.wrap_future(self.submit(texts, scope, top_k))

    def close(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self._thread.join(timeout=10)

    def _take(self) -> list[_Job] | None:
        with self._cond:
            self._cond.wait_for(lambda: self._queue or self._stop)
            if not self._queue:
                return None
            first = self._queue.popleft()
            group, n = [first], len(first.texts)
            rest: deque[_Job] = deque()
            while self._queue:
                job = self._queue.popleft()
                if (job.scope, job.top_k) == (first.scope, first.top_k) and n + len(job.texts) <= self.max_batch:
                    group.append(job)
                    n += len(job.texts)
                else:
                    rest.append(job)
            self._queue.extendleft(reversed(rest))
            return group

    def _run(self) -> None:
        import time

        while True:
            group = self._take()
            if group is None:
                return
            texts = [t for job in group for t in job.texts]
            t0 = time.perf_counter()
            try:
                preds = self.classifier.predict(texts, scope=group[0].scope, top_k=group[0].top_k)
            except Exception as exc:
                if len(group) == 1:
                    group[0].future.set_exception(exc)
                    continue
                for job in group:  # one bad request must not fail its neighbours
                    try:
                        job.future.set_result(self.classifier.predict(job.texts, scope=job.scope, top_k=job.top_k))
                    except Exception as exc2:
                        job.future.set_exception(exc2)
                continue
            if self.on_batch:
                self.on_batch(len(texts), time.perf_counter() - t0)
            i = 0
            for job in group:
                job.future.set_result(preds[i : i + len(job.texts)])
                i += len(job.texts)


class Writer:
    """Batches rows into few transactions on one thread."""

    def __init__(self, sessions: sessionmaker, interval: float = 0.05, max_pending: int = 2000) -> None:
        self.sessions = sessions
        self._pending: list[tuple[str, dict[str, Any]]] = []
        self._cond = threading.Condition()
        self._enqueued = 0
        self._written = 0
        self._stop = False
        self._flush_wanted = False
        self.interval = interval
        self.max_pending = max_pending
        self.errors = 0
        self._thread = threading.Thread(target=self._run, name="mathtag-writer", daemon=True)
        self._thread.start()

    def put(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Queue ``(table name, row values)`` pairs for the next transaction.

        Does not wake the writer (a wake-up per request costs a GIL hand-off on the request
        path); it writes every ``interval`` seconds, sooner when much is queued or on flush."""
        with self._cond:
            self._pending.extend(rows)
            self._enqueued += 1
            if len(self._pending) >= self.max_pending:
                self._cond.notify_all()

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until everything put so far is committed."""
        with self._cond:
            target = self._enqueued
            if self._written >= target:
                return True
            self._flush_wanted = True
            self._cond.notify_all()
            return self._cond.wait_for(lambda: self._written >= target, timeout=timeout)

    def close(self) -> None:
        self.flush()
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._flush_wanted or self._stop
                                    or len(self._pending) >= self.max_pending, timeout=self.interval)
                self._flush_wanted = False
                if not self._pending:
                    self._written = self._enqueued
                    self._cond.notify_all()
                    if self._stop:
                        return
                    continue
                batch, self._pending = self._pending, []
                upto = self._enqueued
            try:
                with self.sessions() as s:
                    # Core inserts (a third of the ORM's cost), parents before children
                    for table in Base.metadata.sorted_tables:
                        rows = [r for t, r in batch if t == table.name]
                        if rows:
                            s.execute(table.insert(), rows)
                    s.commit()
            except Exception:  # keep serving; the failure is counted and logged
                self.errors += 1
                log.exception("could not store %d rows", len(batch))
            with self._cond:
                self._written = upto
                self._cond.notify_all()


class LoopPredictor:
    """Runs a CPU-light classifier on the event loop itself, merging the requests of one loop tick.

    For the embedded model (well under a millisecond per text) a thread hand-off costs more than
    the prediction, and Python threads do not run it in parallel anyway. Requests that arrive in
    the same tick of the loop are classified in one call (batched scoring is cheaper per text).
    Other threads (bank jobs) call :meth:`predict`, which runs on the loop too, so the classifier
    is still only ever used by one thread.
    """

    def __init__(self, classifier: Classifier, loop: asyncio.AbstractEventLoop, max_batch: int = 64,
                 on_batch: Callable[[int, float], None] | None = None) -> None:
        self.classifier = classifier
        self.loop = loop
        self.max_batch = max_batch
        self.on_batch = on_batch
        self._pending: dict[tuple[str | None, int], list[tuple[list[str], asyncio.Future]]] = {}
        self._scheduled = False

    async def apredict(self, texts: Sequence[str], scope: str | None = None, top_k: int = 5) -> list[Prediction]:
        fut: asyncio.Future = self.loop.create_future()
        self._pending.setdefault((scope, top_k), []).append((list(texts), fut))
        if not self._scheduled:
            self._scheduled = True
            self.loop.call_soon(self._flush)
        return await fut

    def predict(self, texts: Sequence[str], scope: str | None = None, top_k: int = 5) -> list[Prediction]:
        """Blocking call from another thread (bank jobs)."""
        return asyncio.run_coroutine_threadsafe(self.apredict(texts, scope, top_k), self.loop).result()

    def close(self) -> None:
        pass

    def _flush(self) -> None:
        self._scheduled = False
        pending, self._pending = self._pending, {}
        for (scope, top_k), jobs in pending.items():
            group: list[tuple[list[str], asyncio.Future]] = []
            n = 0
            for job in jobs:
                if group and n + len(job[0]) > self.max_batch:
                    self._run(group, scope, top_k)
                    group, n = [], 0
                group.append(job)
                n += len(job[0])
            if group:
                self._run(group, scope, top_k)

    def _run(self, group: list[tuple[list[str], asyncio.Future]], scope: str | None, top_k: int) -> None:
        import time

        texts = [t for ts, _ in group for t in ts]
        t0 = time.perf_counter()
        try:
            preds = self.classifier.predict(texts, scope=scope, top_k=top_k)
        except Exception as exc:
            if len(group) == 1:
                _settle(group[0][1], exc=exc)
                return
            for ts, fut in group:  # one bad request must not fail its neighbours
                try:
                    _settle(fut, self.classifier.predict(ts, scope=scope, top_k=top_k))
                except Exception as exc2:
                    _settle(fut, exc=exc2)
            return
        if self.on_batch:
            self.on_batch(len(texts), time.perf_counter() - t0)
        i = 0
        for ts, fut in group:
            _settle(fut, preds[i : i + len(ts)])
            i += len(ts)


def _settle(fut: asyncio.Future, result: object = None, exc: BaseException | None = None) -> None:
    if fut.done():  # the client went away
        return
    if exc is not None:
        fut.set_exception(exc)
    else:
        fut.set_result(result)
