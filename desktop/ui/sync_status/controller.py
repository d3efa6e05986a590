"""Runs sync rounds off the GUI thread: on demand, every N minutes, and once at close.

Only one round runs at a time; asking again while one runs is a no-op. The window keeps
responding throughout, because the round runs on the context's BackgroundRunner and its
result comes back by signal.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.context import DeskContext
from desktop.ui.sync_status import engine
from desktop.ui.sync_status.engine import SyncSnapshot


class SyncController(QObject):
    snapshot_changed = Signal(object)
    busy_changed = Signal(bool)
    failed = Signal(object)
    """The exception of a round that failed (the status line already shows "offline")."""

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot = SyncSnapshot()
        self.running = False
        self._after_round: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        context.register_changed.connect(lambda _tables: self.refresh())

    def set_interval(self, minutes: int) -> None:
        """Automatic rounds every ``minutes`` (0: only on demand and at close)."""
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    def refresh(self) -> None:
        register = self.context.register
        self.context.runner.submit(lambda: engine.read_snapshot(register), self._show,
                                   lambda _error: None)

    def sync_now(self, then: Callable[[], None] | None = None) -> None:
        if then is not None:
            self._after_round.append(then)
        if self.running:
            return
        if not self.snapshot.enrolled:
            self._finish_round()
            return
        self.running = True
        self.busy_changed.emit(True)
        register = self.context.register
        self.context.runner.submit(lambda: engine.run_sync(register), self._succeeded,
                                   self._failed)

    def _show(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        self.snapshot_changed.emit(snapshot)

    def _succeeded(self, snapshot: SyncSnapshot) -> None:
        self._show(snapshot)
        self._finish_round()

    def _failed(self, error: BaseException) -> None:
        self.snapshot = SyncSnapshot(enrolled=self.snapshot.enrolled, online=False,
                                     last_success=self.snapshot.last_success,
                                     waiting=self.snapshot.waiting)
        self.snapshot_changed.emit(self.snapshot)
        self.failed.emit(error)
        self._finish_round()

    def _finish_round(self) -> None:
        if self.running:
            self.running = False
            self.busy_changed.emit(False)
        waiting, self._after_round = self._after_round, []
        for callback in waiting:
            callback()
