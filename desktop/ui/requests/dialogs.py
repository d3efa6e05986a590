"""Opening a request for a person, and closing it once with its outcome, date and reason."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from desktop.services.requests import close_request, open_request
from desktop.ui.context import DeskContext
from desktop.ui.forms.form_dialog import FormDialog
from desktop.ui.lists.filter_bar import DATE_FORMAT
from desktop.ui.lists.person_picker import PersonPicker
from sync.vocabulary import OPEN_STATE, REQUEST_KINDS, REQUEST_STATES


def _day_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class OpenRequestDialog(FormDialog):
    def __init__(self, context: DeskContext, person_id: str | None = None,
                 person_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Open a request"), parent)
        self.person = PersonPicker(context, person_id, person_name)
        self.kind = QComboBox()
        for term in REQUEST_KINDS:
            self.kind.addItem(term.label(context.language), term.code)
        self.opened_on = _day_edit(date.today())
        self.notes = QLineEdit()
        self.form.addRow(self.tr("&Person:"), self.person)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Opened on:"), self.opened_on)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        (self.kind if person_id else self.person).setFocus()

    def save(self) -> None:
        person_id = self.person.person_id()
        if person_id is None:
            self.feedback.setText(self.tr("Choose the person first: type a few letters of "
                                          "their name and pick them from the list."))
            return
        register, account_id = self.context.register, self.context.account_id
        kind, opened_on = self.kind.currentData(), self.opened_on.date().toPython()
        notes = self.notes.text()
        self.submit(lambda: open_request(register, person_id, kind, opened_on, notes,
                                          account_id))


class CloseRequestDialog(FormDialog):
    """Closes the request ``request_id``: satisfied, not satisfied or withdrawn."""

    def __init__(self, context: DeskContext, request_id: str, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Close the request"), parent)
        self._request_id = request_id
        self.outcome = QComboBox()
        for term in REQUEST_STATES:
            if term.code != OPEN_STATE:
                self.outcome.addItem(term.label(context.language), term.code)
        self.closed_on = _day_edit(date.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("In a few words: what was done, or why not"))
        self.form.addRow(self.tr("Request:"), QLabel(summary))
        self.form.addRow(self.tr("&Outcome:"), self.outcome)
        self.form.addRow(self.tr("&Closed on:"), self.closed_on)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.outcome.setFocus()

    def save(self) -> None:
        register, account_id, request_id = (self.context.register, self.context.account_id,
                                            self._request_id)
        state, closed_on = self.outcome.currentData(), self.closed_on.date().toPython()
        reason = self.reason.text()
        self.submit(lambda: close_request(register, request_id, state, closed_on, reason,
                                           account_id))
