"""Search as you type without freezing the window and without ever showing stale results.

Each keystroke asks for the latest text. At most one query runs on the runner at a time; texts
typed while it runs are coalesced into one follow-up query for the newest text, and a result
is delivered only if its text is still the one wanted. So a fast typist costs one query per
query-time, not one per key, and the list never flickers back to an older text.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.background import BackgroundRunner


class LiveSearch(QObject):
    results_ready = Signal(str, object)
    """(text, result) for the text currently wanted."""
    failed = Signal(object)

    def __init__(self, runner: BackgroundRunner, search: Callable[[str], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._search = search
        self._wanted: str | None = None
        self._running: str | None = None

    def request(self, text: str) -> None:
        self._wanted = text
        if self._running is None:
            self._start()

    def is_pending(self) -> bool:
        return self._running is not None

    def _start(self) -> None:
        text = self._running = self._wanted
        self._runner.submit(lambda: self._search(text),
                            lambda result: self._finish(text, result, None),
                            lambda error: self._finish(text, None, error))

    def _finish(self, text: str, result: Any, error: BaseException | None) -> None:
        self._running = None
        if text != self._wanted:
            self._start()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.results_ready.emit(text, result)
