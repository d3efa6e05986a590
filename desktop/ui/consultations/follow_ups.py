"""The follow-ups due this week, on the Sportello: who to call back, and about what.

Overdue follow-ups of earlier weeks are not listed here; the Consulenze list sorted by
follow-up date shows them all.
"""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.services.consultations import follow_ups_due
from desktop.ui.context import DeskContext
from desktop.ui.lists.periods import this_week
from desktop.ui.people.person_text import display_name
from sync.vocabulary import THEMES, label

_REFRESHED_BY = frozenset({"consultations", "people"})


class FollowUpsPanel(QWidget):
    """Reads on the runner, and again whenever consultations or names change."""

    refreshed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.entries = QListWidget()
        self.entries.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.entries)
        context.register_changed.connect(
            lambda tables: self.refresh() if tables & _REFRESHED_BY else None)
        self._show([])
        self.refresh()

    def refresh(self) -> None:
        register, week = self._context.register, this_week(date.today())
        self._context.runner.submit(lambda: follow_ups_due(register, week.start, week.end),
                                    self._show)

    def texts(self) -> list[str]:
        return [self.entries.item(row).text() for row in range(self.entries.count())]

    def _show(self, follow_ups) -> None:
        self.entries.clear()
        days = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun"))
        for due in follow_ups:
            who = (display_name(due.family_name, due.given_name) if due.person_id
                   else self.tr("anonymous"))
            theme = label(THEMES, due.theme, self._context.language).lower()
            day = f"{days[due.follow_up_on.weekday()]} {due.follow_up_on:%d/%m}"
            self.entries.addItem(f"{day}  ·  {who}  ·  {theme}")
        if not follow_ups:
            self.entries.addItem(self.tr("Nobody to call back this week."))
        self.title.setText(self.tr("Follow-ups this week ({count})").format(
            count=len(follow_ups)))
        self.refreshed.emit()
