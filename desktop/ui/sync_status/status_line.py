"""The status line: "● In linea · ultima sincronizzazione stanotte alle 02:10 · 0 in attesa"."""

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.wording import moment_in_words
from desktop.ui.sync_status.engine import SyncSnapshot


class SyncStatusLine(QWidget):
    sync_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLine")
        self.language = language
        self.dot = QLabel("●", self)
        self.dot.setObjectName("syncDot")
        self.text = QLabel(self)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.sync_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(8)
        layout.addWidget(self.dot)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._snapshot = SyncSnapshot()
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send and receive the records now (Ctrl+Shift+S)"))
        self._render()

    def show_snapshot(self, snapshot: SyncSnapshot) -> None:
        self._snapshot = snapshot
        self._render()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._render()

    def _render(self, now: datetime | None = None) -> None:
        snapshot = self._snapshot
        when = moment_in_words(snapshot.last_success, now or datetime.now(), self.language)
        waiting = self.tr("{count} waiting").format(count=snapshot.waiting)
        if not snapshot.enrolled:
            state, parts = "never", [self.tr("Working offline (not enrolled with the office)"),
                                     waiting]
        elif self._busy:
            state, parts = "busy", [self.tr("Syncing…"), waiting]
        else:
            state = "online" if snapshot.online else "offline"
            status = self.tr("Online") if snapshot.online else self.tr("Offline")
            parts = [status, self.tr("last sync {when}").format(when=when), waiting]
        self.dot.setProperty("state", state)
        self.dot.style().unpolish(self.dot)
        self.dot.style().polish(self.dot)
        self.text.setText(" · ".join(parts))
        self.button.setEnabled(snapshot.enrolled and not self._busy)
