"""Only the newest answer counts.

A list asks again whenever a filter, the sort or the register changes, faster than the
database may answer. ``LatestOnly`` numbers what it submits to the runner: work that a newer
submission overtook before it started is skipped (so stale queries do not hold the runner's
threads), and an answer that arrives after a newer submission is dropped (so the list never
flickers back to an older state).
"""

from collections.abc import Callable
from typing import Any

from desktop.ui.background import BackgroundRunner

_SKIPPED = object()


class LatestOnly:
    def __init__(self, runner: BackgroundRunner) -> None:
        self._runner = runner
        self._newest = 0

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        self._newest += 1
        number = self._newest

        def run() -> Any:  # on a worker: reading an int is safe without a lock
            return _SKIPPED if number != self._newest else work()

        def done(result: Any) -> None:
            if number == self._newest and result is not _SKIPPED:
                on_done(result)

        def failed(error: BaseException) -> None:
            if number == self._newest:
                on_error(error)

        self._runner.submit(run, done, failed)
