"""Per-key (or, in open mode, per-address) token buckets, in process memory.

A bucket holds at most a quarter minute of the key's rate, so short bursts pass and sustained
overuse gets 429 with ``Retry-After``. Classifications cost one token per text, so batches
cannot be used to get around the limit.
"""

from __future__ import annotations

import math
import threading
import time


class RateLimiter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last time)

    def take(self, key: str, rate_per_min: int, cost: int = 1) -> float:
        """Take ``cost`` tokens; 0.0 when allowed, else the seconds to wait before retrying."""
        if rate_per_min <= 0:
            return 0.0
        rate = rate_per_min / 60.0
        capacity = max(float(cost), rate_per_min / 4.0, 1.0)
        now = time.monotonic()
        with self._lock:
            if len(self._buckets) > 100_000:  # many open-mode addresses: forget idle (refilled) buckets
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 60}
            tokens, last = self._buckets.get(key, (capacity, now))
            tokens = min(capacity, tokens + (now - last) * rate)
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return max(1.0, math.ceil((cost - tokens) / rate))
