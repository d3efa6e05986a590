"""The one way to run work off the GUI thread.

``BackgroundRunner.submit`` runs a plain callable on a thread pool and hands its result, or
its exception, back to the GUI thread through a queued signal. Workers never touch widgets;
the callbacks run on the GUI thread, where touching widgets is safe.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Delivery(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive there queued.

    Owned by Python (no Qt parent) and kept alive by the runner until its result is handed
    over: a Qt parent made the garbage collector and Qt both claim it, and a collection while
    jobs ran crashed the process (see tests/desktop/ui/test_background.py).
    """

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._work = work
        self._delivery = delivery

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, never lost
            self._delivery.failed.emit(error)
        else:
            self._delivery.succeeded.emit(result)


class BackgroundRunner(QObject):
    """Runs callables on its own pool; ``busy_changed`` tells the status bar when work runs."""

    busy_changed = Signal(bool)
    failed = Signal(object)
    """Exceptions of jobs submitted without their own ``on_error``."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: dict[_Delivery, tuple[Callable | None, Callable]] = {}

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        delivery = _Delivery()
        # Connected to this runner's slots, so Qt drops a late result if the runner (its
        # window, its wizard) is gone by the time the job ends.
        delivery.succeeded.connect(self._succeeded)
        delivery.failed.connect(self._failed)
        self._running[delivery] = (on_done, on_error or self.failed.emit)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, delivery))

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        on_done, _ = self._finish(self.sender())
        if on_done is not None:
            on_done(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        _, on_error = self._finish(self.sender())
        on_error(error)

    def _finish(self, delivery: _Delivery) -> tuple[Callable | None, Callable]:
        callbacks = self._running.pop(delivery)
        delivery.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)
        return callbacks

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for closing the window and for tests)."""
        return self._pool.waitForDone(msecs)
