"""Limits that keep one desk (or one mistake) from hurting the others.

The rate limiter is a token bucket per credential held in this process's memory. That is a
deliberate exception to "no state in memory that matters": a rate window is not data, losing
it on restart costs nothing, and with N workers a desk gets at most N times the rate.
"""

import asyncio
import threading
import time
from dataclasses import dataclass

from starlette.requests import Request

from sync.protocol import MAX_BATCH_ROWS, MAX_PAGE_ROWS


@dataclass(frozen=True)
class ServerLimits:
    max_body_bytes: int = 32 * 1024 * 1024
    max_batch_rows: int = MAX_BATCH_ROWS
    max_page_rows: int = MAX_PAGE_ROWS
    requests_per_second: float = 20.0
    burst: int = 120
    enrolments_per_minute: float = 10.0
    """Per client address: slows guessing of enrolment codes to a crawl."""
    body_seconds: float = 60.0
    """A request body must arrive within this time (a 5,000-row batch takes milliseconds
    on a LAN and seconds on a slow line); a stalled upload is answered 408 instead of
    holding its connection open forever."""


class BodyTooLarge(Exception):
    pass


class BodyTooSlow(Exception):
    pass


async def read_limited_body(request: Request, limit: int, seconds: float) -> bytes:
    """The request body, refusing (BodyTooLarge) once it passes ``limit`` bytes, whether or
    not the client declared a Content-Length, and (BodyTooSlow) when it has not all arrived
    within ``seconds``."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise BodyTooLarge
                chunks.append(chunk)
    except TimeoutError:
        raise BodyTooSlow from None
    return b"".join(chunks)


class RateLimiter:
    """Token buckets by key; ``acquire`` returns 0, or the seconds to wait before retrying."""

    def __init__(self, per_second: float, burst: int, clock=time.monotonic) -> None:
        self.per_second, self.burst, self._clock = per_second, burst, clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str) -> float:
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.per_second)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.per_second
