"""Recording one consultation: person, theme, operator, when, how long, notes, follow-up.

Opened from the Consulenze list, from a person card (the person is then fixed) or from an
access (the consultation is tied to it). Saving runs on the runner; a refusal is shown in
the dialog in one sentence and nothing typed is lost.
"""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.services.consultations import record_consultation
from desktop.ui.consultations.listing import operators
from desktop.ui.context import DeskContext
from desktop.ui.forms.form_dialog import FormDialog
from desktop.ui.lists.filter_bar import DATE_FORMAT
from desktop.ui.lists.person_picker import PersonPicker
from sync.vocabulary import THEMES

FOLLOW_UP_AFTER = timedelta(days=14)
"""The follow-up date offered by default, two weeks on."""


class ConsultationDialog(FormDialog):
    def __init__(self, context: DeskContext, person_id: str | None = None,
                 access_id: str | None = None, parent: QWidget | None = None,
                 person_name: str = "") -> None:
        super().__init__(context, self.tr("New consultation"), parent, minimum_width=560)
        self._access_id = access_id
        self.person = PersonPicker(context, person_id, person_name)
        self.theme = QComboBox()
        for term in THEMES:
            self.theme.addItem(term.label(context.language), term.code)
        self.operator = QComboBox()
        for account_id, name in operators(context.register):
            self.operator.addItem(name, account_id)
        self.operator.setCurrentIndex(max(0, self.operator.findData(context.account_id)))
        now = datetime.now()
        self.when = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day),
                                            QTime(now.hour, now.minute)))
        self.when.setDisplayFormat(f"{DATE_FORMAT} HH:mm")
        self.when.setCalendarPopup(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setSpecialValueText(self.tr("not recorded"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Only operators and coordinators can read them"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.follow_up = QCheckBox(self.tr("&Follow up on"))
        self.follow_up_on = QDateEdit()
        self.follow_up_on.setDisplayFormat(DATE_FORMAT)
        self.follow_up_on.setCalendarPopup(True)
        later = now.date() + FOLLOW_UP_AFTER
        self.follow_up_on.setDate(QDate(later.year, later.month, later.day))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addStretch(1)

        self.form.addRow(self.tr("&Person:"), self.person)
        self.form.addRow(self.tr("&Theme:"), self.theme)
        self.form.addRow(self.tr("&Operator:"), self.operator)
        self.form.addRow(self.tr("&When:"), self.when)
        self.form.addRow(self.tr("&Duration:"), self.minutes)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.form.addRow("", follow_row)
        (self.theme if person_id else self.person).setFocus()

    def save(self) -> None:
        person_id = self.person.person_id()
        if person_id is None and self._access_id is None:
            self.feedback.setText(self.tr("Choose the person first: type a few letters of "
                                          "their name and pick them from the list."))
            return
        register, account_id = self.context.register, self.context.account_id
        access_id, theme = self._access_id, self.theme.currentData()
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        operator_id = self.operator.currentData()
        minutes = self.minutes.value() or None
        notes = self.notes.toPlainText()
        follow_up = self._follow_up_day()
        self.submit(lambda: record_consultation(register, person_id, theme, account_id, when,
                                                operator_id, minutes, notes, follow_up,
                                                access_id))

    def _follow_up_day(self) -> date | None:
        if not self.follow_up.isChecked():
            return None
        return self.follow_up_on.date().toPython()
