"""The month view beside the activities list: days with something on are marked.

Arrow keys move between days, Page Up/Down between months (QCalendarWidget's own keys);
the marks of the month shown are read on the runner whenever the month or the register
changes.
"""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from desktop.ui.activities.listing import busy_days
from desktop.ui.context import DeskContext
from desktop.ui.frame.style import ACCENT

_MARKED_BY = frozenset({"activities", "activity_sessions"})


class ActivityCalendar(QCalendarWidget):
    marked = Signal(object)
    """The days now marked (a set of dates), once a month's marks are on screen."""
    day_chosen = Signal(object)
    """The date the volunteer moved to (click or arrow keys)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0
        self.setGridVisible(False)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.currentPageChanged.connect(lambda _year, _month: self.read_marks())
        self.selectionChanged.connect(
            lambda: self.day_chosen.emit(self.selectedDate().toPython()))
        context.register_changed.connect(
            lambda tables: self.read_marks() if tables & _MARKED_BY else None)

    def read_marks(self) -> None:
        self._generation += 1
        generation, register = self._generation, self._context.register
        first = date(self.yearShown(), self.monthShown(), 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self._context.runner.submit(lambda: busy_days(register, first, last),
                                    lambda days: self._mark(generation, days))

    def _mark(self, generation: int, days: set[date]) -> None:
        if generation != self._generation:
            return
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        busy = QTextCharFormat()
        busy.setFontWeight(QFont.Weight.Bold)
        busy.setForeground(QBrush(QColor("white")))
        busy.setBackground(QBrush(QColor(ACCENT)))
        for day in days:
            self.setDateTextFormat(QDate(day.year, day.month, day.day), busy)
        self.marked.emit(days)
