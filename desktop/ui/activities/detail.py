"""The chosen activity: its head count, who is enrolled, hired outcomes and attendance.

Everything is read on the runner and read again when the register changes; every tick and
the head count are written on the runner, and a refusal (a head count that is not a number)
is said under the field without losing what was typed. Delete in the grid removes the session
of the chosen column, with its attendances, after a question whose default is Cancel.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.activities import TRAINING, set_head_count, set_outcome
from desktop.services.attendance import attendance_sheet, remove_session, set_attendance
from desktop.ui.activities.attendance_model import AttendanceModel
from desktop.ui.activities.listing import activity_rows
from desktop.ui.context import DeskContext
from desktop.ui.forms.confirmation import ask_before
from desktop.ui.forms.refusals import say_refusal
from desktop.ui.frame.style import heading_font
from desktop.ui.people.person_text import short_date
from sync.vocabulary import ACTIVITY_KINDS, label

_RELOADED_BY = frozenset({"activities", "participations", "activity_sessions", "attendances",
                          "people"})


class ActivityDetail(QWidget):
    loaded = Signal(str)
    """The id of the activity now shown."""
    head_count_saved = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._activity = None
        self._requested_id: str | None = None
        self.title = QLabel()
        self.title.setFont(heading_font(1.15))
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("muted")
        self.head_count = QLineEdit()
        self.head_count.setMaximumWidth(120)
        self.head_count.setPlaceholderText(self.tr("e.g. 35"))
        self.head_count.returnPressed.connect(self.save_head_count)
        head_label = QLabel(self.tr("Head &count:"))
        head_label.setBuddy(self.head_count)
        self.save_count_button = QPushButton(self.tr("Save count"))
        self.save_count_button.clicked.connect(self.save_head_count)
        self.enrol_button = QPushButton(self.tr("F4  Enrol a person…"))
        self.session_button = QPushButton(self.tr("F5  Add a session…"))
        self.remove_session_button = QPushButton(self.tr("Del  Remove session"))
        self.remove_session_button.clicked.connect(self.ask_to_remove_session)
        for button in (self.save_count_button, self.enrol_button, self.session_button,
                       self.remove_session_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        actions = QHBoxLayout()
        actions.addWidget(head_label)
        actions.addWidget(self.head_count)
        actions.addWidget(self.save_count_button)
        actions.addStretch(1)
        actions.addWidget(self.enrol_button)
        actions.addWidget(self.session_button)
        actions.addWidget(self.remove_session_button)
        self.feedback = QLabel()
        self.feedback.setObjectName("problem")
        self.feedback.setWordWrap(True)
        self.model = AttendanceModel(self)
        self.model.hired_changed.connect(self._write_outcome)
        self.model.attendance_changed.connect(self._write_attendance)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setTabKeyNavigation(False)
        self.grid.setAlternatingRowColors(True)
        self.grid.setShowGrid(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        header = self.grid.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid,
                  self.ask_to_remove_session, context=Qt.ShortcutContext.WidgetShortcut)
        self._tick_hint = self.tr("Space ticks the chosen cell: hired, or present at a "
                                  "session")
        self.hint = QLabel(self._tick_hint)
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addWidget(self.feedback)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.hint)
        self._show_nothing()
        context.register_changed.connect(self._on_register_changed)

    def activity(self):
        """The row of the activity shown (id, kind, title, starts_on, ends_on…), or None."""
        return self._activity

    # -- reading -------------------------------------------------------------------------------

    def show_activity(self, activity_id: str | None) -> None:
        self._requested_id = activity_id
        if activity_id is None:
            self._show_nothing()
            return
        register = self._context.register
        self._context.runner.submit(
            lambda: (activity_id, activity_rows(register, [activity_id]).get(activity_id),
                     attendance_sheet(register, activity_id)),
            self._show, self._failed)

    def _show(self, found) -> None:
        """Reads end in any order on the pool: only the latest choice's is shown."""
        activity_id, activity, sheet = found
        if activity_id != self._requested_id:
            return
        if activity is None:
            self._show_nothing()
            return
        changed = self._activity is None or self._activity.id != activity.id
        self._activity = activity
        self.title.setText(activity.title)
        dates = short_date(activity.starts_on)
        if activity.ends_on and activity.ends_on != activity.starts_on:
            dates = self.tr("{start} to {end}").format(start=dates,
                                                      end=short_date(activity.ends_on))
        self.facts.setText(" · ".join((label(ACTIVITY_KINDS, activity.kind,
                                             self._context.language), dates)))
        if changed or not self.head_count.hasFocus():
            self.head_count.setText("" if activity.head_count is None
                                    else str(activity.head_count))
        if changed:
            self.feedback.clear()
        self.model.show_sheet(sheet, activity.kind == TRAINING)
        self.hint.setText(self._tick_hint if sheet.participants else self.tr(
            "Nobody enrolled yet: F4 enrols a person by name; where people are not named, "
            "type the head count."))
        for widget in self._controls():
            widget.setEnabled(True)
        self.loaded.emit(activity.id)

    def _controls(self) -> tuple[QWidget, ...]:
        """What acts on the activity shown, disabled while none is."""
        return (self.head_count, self.save_count_button, self.enrol_button, self.session_button,
                self.remove_session_button, self.grid)

    def _show_nothing(self) -> None:
        self._activity = None
        self.title.setText(self.tr("Choose an activity in the list"))
        self.facts.setText(self.tr("or add one with F2."))
        self.head_count.clear()
        self.feedback.clear()
        self.model.clear()
        for widget in self._controls():
            widget.setEnabled(False)

    def _on_register_changed(self, tables: frozenset) -> None:
        if self._activity is not None and tables & _RELOADED_BY:
            self.show_activity(self._activity.id)

    # -- writing -------------------------------------------------------------------------------

    def save_head_count(self) -> None:
        if self._activity is None:
            return
        register, account_id, activity_id = (self._context.register, self._context.account_id,
                                             self._activity.id)
        typed = self.head_count.text()
        self.feedback.clear()
        self._context.runner.submit(
            lambda: set_head_count(register, activity_id, typed, account_id),
            lambda activity: self.head_count_saved.emit(activity.head_count), self._failed)

    def _write_outcome(self, person_id: str, hired: bool) -> None:
        register, account_id, activity_id = (self._context.register, self._context.account_id,
                                             self._activity.id)
        self._context.runner.submit(
            lambda: set_outcome(register, activity_id, person_id, "assunto" if hired else None,
                                account_id), None, self._failed_tick)

    def _write_attendance(self, session_id: str, person_id: str, present: bool) -> None:
        register, account_id = self._context.register, self._context.account_id
        self._context.runner.submit(
            lambda: set_attendance(register, session_id, person_id, present, account_id),
            None, self._failed_tick)

    def ask_to_remove_session(self) -> None:
        """Ask about the session of the grid's chosen column (nothing to ask elsewhere)."""
        meeting = self.model.session_at(self.grid.currentIndex().column())
        if meeting is None:
            self.feedback.setText(self.tr("Choose a session's column in the grid first (arrow "
                                          "keys), then remove it."))
            return
        session_id, day = meeting
        ask_before(
            self, self.tr("Remove session"),
            self.tr("Remove the session of {day}?").format(day=short_date(day)),
            self.tr("Attendances marked: {count}, removed with it. Only for a session "
                    "recorded by mistake.").format(count=self.model.present_at(session_id)),
            self.tr("&Remove session"), lambda: self._remove_session(session_id))

    def _remove_session(self, session_id: str) -> None:
        """The grid reloads itself when the register announces the tombstones."""
        register, account_id = self._context.register, self._context.account_id
        self.feedback.clear()
        self._context.runner.submit(lambda: remove_session(register, session_id, account_id),
                                    None, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.feedback.setText(say_refusal(error))

    def _failed_tick(self, error: BaseException) -> None:
        self._failed(error)
        if self._activity is not None:  # show what is really stored
            self.show_activity(self._activity.id)
