"""Hybrid logical clock stamps (Kulkarni et al., 2014).

A stamp orders changes across desks even when their wall clocks disagree: it never goes
backwards, and after a desk has seen a stamp from elsewhere its own next stamp is larger.
Stamps are fixed-width strings, so comparing two stamps as text compares them as clocks,
in Python and in SQL alike; the node name at the end breaks ties deterministically.
"""

import threading
import time
from collections.abc import Callable

_MILLIS_WIDTH = 15
_COUNTER_WIDTH = 6
_COUNTER_MAX = 10**_COUNTER_WIDTH - 1


def format_stamp(millis: int, counter: int, node: str) -> str:
    return f"{millis:0{_MILLIS_WIDTH}d}-{counter:0{_COUNTER_WIDTH}d}-{node}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    """Split a stamp into (millis, counter, node); ValueError on anything malformed."""
    millis, counter, node = stamp.split("-", 2)
    if len(millis) != _MILLIS_WIDTH or len(counter) != _COUNTER_WIDTH or not node:
        raise ValueError(f"not a clock stamp: {stamp!r}")
    return int(millis), int(counter), node


def is_stamp(value: object) -> bool:
    try:
        parse_stamp(value)  # type: ignore[arg-type]
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Thread-safe HLC for one node (a desk, or the office)."""

    def __init__(self, node: str, last: str | None = None,
                 wall: Callable[[], int] = wall_millis) -> None:
        self.node = node
        self._wall = wall
        self._lock = threading.Lock()
        self._millis, self._counter = 0, 0
        if last:
            self.observe(last)

    def now(self) -> str:
        """A stamp for a local change, larger than every stamp issued or observed so far."""
        with self._lock:
            wall = self._wall()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            elif self._counter < _COUNTER_MAX:
                self._counter += 1
            else:  # a full counter borrows the next millisecond: stamps keep their width
                self._millis, self._counter = self._millis + 1, 0
            return format_stamp(self._millis, self._counter, self.node)

    def observe(self, stamp: str) -> None:
        """Take in a stamp seen elsewhere, so that later local stamps sort after it."""
        millis, counter, _ = parse_stamp(stamp)
        with self._lock:
            if (millis, counter) > (self._millis, self._counter):
                self._millis, self._counter = millis, counter
