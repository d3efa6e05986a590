"""Attività: a month calendar beside the list of activities, and the chosen one below.

Moving in the calendar lists what is on that day (the period filter shows it and can widen
it again); the list is filtered by kind and period, sortable and exportable like every list.
Below, the chosen activity: its head count, enrolled people, "hired" for training and work
grants, and attendance per session. Keys: F2 new activity, F4 enrol a person, F5 add a
session, Delete in the attendance grid removes the chosen column's session, Enter in the
calendar moves to the list, Enter in the list to the attendance grid.
"""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.ui.activities.calendar import ActivityCalendar
from desktop.ui.activities.detail import ActivityDetail
from desktop.ui.activities.dialogs import ActivityDialog, EnrolDialog, SessionDialog
from desktop.ui.activities.listing import NEWEST_FIRST, activities_source
from desktop.ui.context import DeskContext
from desktop.ui.lists import periods
from desktop.ui.lists.filter_bar import ChoiceFilter, PeriodFilter
from desktop.ui.lists.panel import ListPanel
from desktop.ui.lists.periods import Period
from desktop.ui.lists.source import SortableColumn
from desktop.ui.people.person_text import short_date
from sync.vocabulary import ACTIVITY_KINDS, label


class ActivitiesScreen(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.calendar = ActivityCalendar(context)
        self.calendar.setMinimumHeight(280)
        self.calendar.day_chosen.connect(self.show_day)
        self.calendar.activated.connect(lambda _day: self.activities.view.setFocus())
        self.new_button = QPushButton(self.tr("F2  New activity"))
        self.new_button.setObjectName("primary")
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button.clicked.connect(self.open_new_activity)
        legend = QLabel(self.tr("Marked days: an activity starts or a course meets. "
                                "Arrows move, Page Up/Down change month, Enter goes to "
                                "the list."))
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(legend)
        left_layout.addStretch(1)
        left.setFixedWidth(330)

        self.activities = ListPanel(context, activities_source(context.register),
                                    self._columns(), self._filters(), NEWEST_FIRST,
                                    self.tr("activities"))
        for column, width in enumerate((215, 265, 90, 90, 130, 70)):
            self.activities.view.setColumnWidth(column, width)
        self.activities.shown.connect(self._choose_first_when_none)
        self.activities.current_changed.connect(lambda activity_id: self.detail.show_activity(
            activity_id))
        self.activities.activated.connect(lambda _id: self.detail.grid.setFocus())
        self.detail = ActivityDetail(context)
        self.detail.enrol_button.clicked.connect(self.open_enrol)
        self.detail.session_button.clicked.connect(self.open_new_session)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.activities)
        right.addWidget(self.detail)
        right.setSizes([330, 330])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(16)
        layout.addWidget(left)
        layout.addWidget(right, 1)
        self.setFocusProxy(self.activities.view)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (("F2", self.open_new_activity), ("F4", self.open_enrol),
                          ("F5", self.open_new_session)):
            QShortcut(QKeySequence(key), self, slot, context=scope)
        self.calendar.read_marks()
        self.activities.reload()

    def _columns(self) -> tuple[SortableColumn, ...]:
        language = self._context.language
        return (
            SortableColumn(self.tr("Kind"), lambda row: label(ACTIVITY_KINDS, row.kind,
                                                              language), "kind"),
            SortableColumn(self.tr("Title"), lambda row: row.title, "title"),
            SortableColumn(self.tr("From"), lambda row: short_date(row.starts_on), "start"),
            SortableColumn(self.tr("To"), lambda row: short_date(row.ends_on), "end"),
            SortableColumn(self.tr("Participants"), self._participants_text),
            SortableColumn(self.tr("Hired"),
                           lambda row: str(row.hired) if row.kind == "formazione_borsa_lavoro"
                           else ""),
            SortableColumn(self.tr("Sessions"), lambda row: str(row.sessions or "")),
        )

    def _filters(self):
        return (
            ChoiceFilter("kind", self.tr("&Kind:"), self.tr("all"),
                         [(term.code, term.label(self._context.language))
                          for term in ACTIVITY_KINDS]),
            PeriodFilter("period", self.tr("&Period:"), periods.this_year),
        )

    def _participants_text(self, row) -> str:
        parts = []
        if row.enrolled:
            parts.append(self.tr("{count} enrolled").format(count=row.enrolled))
        if row.head_count is not None:
            parts.append(self.tr("{count} counted").format(count=row.head_count))
        return " · ".join(parts)

    def _choose_first_when_none(self, count: int) -> None:
        """After a load, show the first activity rather than an empty detail."""
        if count and self.activities.current_id() is None:
            self.activities.view.selectRow(0)

    # -- actions -------------------------------------------------------------------------------

    def show_day(self, day: date) -> None:
        """List what is on ``day``."""
        self.activities.filter_bar.period("period").set_period(Period(day, day))

    def open_new_activity(self) -> None:
        dialog = ActivityDialog(self._context, self.calendar.selectedDate().toPython(), self)
        dialog.open()

    def open_enrol(self) -> None:
        activity = self.detail.activity()
        if activity is not None:
            EnrolDialog(self._context, activity.id, activity.title, self).open()

    def open_new_session(self) -> None:
        activity = self.detail.activity()
        if activity is None:
            return
        today = date.today()
        suggested = max(activity.starts_on, min(today, activity.ends_on or today))
        SessionDialog(self._context, activity.id, suggested, self).open()
