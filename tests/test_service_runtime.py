"""The service's classifier runners: results must equal a direct ``predict``, whatever the merging."""

from __future__ import annotations

import asyncio
import threading

import pytest

pytest.importorskip("fastapi")

from mathtag.models.embedded import EmbeddedClassifier
from mathtag.service.ratelimit import RateLimiter
from mathtag.service.runtime import LoopPredictor, Predictor

TEXTS = ["삼각형의 세 내각의 크기의 합을 구하시오.", "일차방정식 2x+3=7을 푸시오.", "37+48을 계산하시오.",
         "주사위를 한 번 던질 때 짝수의 눈이 나올 확률을 구하시오."]


@pytest.fixture(scope="module")
def clf() -> EmbeddedClassifier:
    return EmbeddedClassifier.load()


def test_thread_predictor_merges_and_splits_correctly(clf) -> None:
    want = {(t, s): clf.predict([t], scope=s, top_k=3)[0].standard for t in TEXTS for s in (None, "초등")}
    pred = Predictor(clf, max_batch=8)
    seen: dict[tuple[str, str | None], str] = {}
    errors: list[BaseException] = []

    def client(i: int) -> None:
        try:
            for j in range(10):
                t, s = TEXTS[(i + j) % len(TEXTS)], (None, "초등")[(i * j) % 2]
                seen[(t, s)] = pred.predict([t], s, 3)[0].standard
            with pytest.raises(Exception, match="unknown scope"):
                pred.predict(["x"], "대학교", 3)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    pred.close()
    assert not errors
    assert len(seen) >= 6 and {k: want[k] for k in seen} == seen


def test_loop_predictor_batches_a_tick(clf) -> None:
    batches: list[int] = []

    async def main() -> list[str]:
        lp = LoopPredictor(clf, asyncio.get_running_loop(), max_batch=64, on_batch=lambda n, _: batches.append(n))
        res = await asyncio.gather(*(lp.apredict([t], None, 2) for t in TEXTS * 5))
        return [r[0].standard for r in res]

    got = asyncio.run(main())
    assert got == [clf.predict([t])[0].standard for t in TEXTS * 5]
    assert batches == [20]  # one classifier call for the whole tick


def test_rate_limiter_bucket() -> None:
    rl = RateLimiter()
    assert all(rl.take("k", 60) == 0 for _ in range(15))  # a quarter minute of burst
    assert rl.take("k", 60) >= 1
    assert rl.take("other", 60) == 0
    assert rl.take("big", 60, cost=20) == 0  # a batch bigger than the burst still fits once when full
    assert rl.take("unlimited", 0, cost=10_000) == 0
