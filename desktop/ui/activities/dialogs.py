"""The small forms of the Attività screen: a new activity, enrolling a person, a session day.

Each is a ``FormDialog``: Save with Ctrl+Enter, refusals said in the dialog, nothing lost.
"""

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.services.activities import create_activity, enrol
from desktop.services.attendance import add_session
from desktop.ui.context import DeskContext
from desktop.ui.forms.form_dialog import FormDialog
from desktop.ui.housing.optional_date import OptionalDate, date_edit
from desktop.ui.lists.person_picker import PersonPicker
from sync.vocabulary import ACTIVITY_KINDS


class ActivityDialog(FormDialog):
    def __init__(self, context: DeskContext, day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("New activity"), parent)
        day = day or date.today()
        self.kind = QComboBox()
        for term in ACTIVITY_KINDS:
            self.kind.addItem(term.label(context.language), term.code)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Household budget course, spring"))
        self.starts_on = date_edit(day)
        self.ends_on = OptionalDate(self.tr("ends on"), None, day)
        self.head_count = QLineEdit()
        self.head_count.setPlaceholderText(self.tr("when people are not named, e.g. 35"))
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Starts on:"), self.starts_on)
        self.form.addRow(self.tr("&End:"), self.ends_on)
        self.form.addRow(self.tr("&Participants:"), self.head_count)
        self.kind.setFocus()

    def save(self) -> None:
        register, account_id = self.context.register, self.context.account_id
        kind, title, head_count = (self.kind.currentData(), self.title.text(),
                                   self.head_count.text())
        starts_on, ends_on = self.starts_on.date().toPython(), self.ends_on.value()
        self.submit(lambda: create_activity(register, kind, title, starts_on, ends_on,
                                            head_count, account_id))


class EnrolDialog(FormDialog):
    """Enrol a named person, found as on the front desk."""

    def __init__(self, context: DeskContext, activity_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Enrol in “{title}”").format(title=title), parent)
        self._activity_id = activity_id
        self.person = PersonPicker(context)
        self.form.addRow(self.tr("&Person:"), self.person)
        self.person.setFocus()

    def save(self) -> None:
        person_id = self.person.person_id()
        if person_id is None:
            self.refuse(self.tr("Choose the person first: type a few letters of their name "
                                "and pick them from the list."))
            return
        register, account_id, activity_id = (self.context.register, self.context.account_id,
                                             self._activity_id)
        self.submit(lambda: enrol(register, activity_id, person_id, account_id))


class SessionDialog(FormDialog):
    """Add a meeting day to a course, for attendance."""

    def __init__(self, context: DeskContext, activity_id: str, suggested: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Add a session"), parent)
        self._activity_id = activity_id
        self.held_on = date_edit(suggested)
        self.form.addRow(self.tr("Session &day:"), self.held_on)
        self.held_on.setFocus()

    def save(self) -> None:
        register, account_id, activity_id = (self.context.register, self.context.account_id,
                                             self._activity_id)
        held_on = self.held_on.date().toPython()
        self.submit(lambda: add_session(register, activity_id, held_on, account_id))
