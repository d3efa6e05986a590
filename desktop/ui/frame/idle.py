"""Locks the desk after a while with no keyboard or mouse activity.

A shared PC must not stay open on someone's account: after ``minutes`` without input the
watcher emits ``idle`` once; any key press, click or mouse move starts the count again.
"""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """0 turns the lock off."""
        self._timer.setInterval(max(int(minutes * 60_000), 0))

    def start(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_counting(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
