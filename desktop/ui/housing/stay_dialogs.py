"""Starting a stay (who, in which home, how many guests, from, to, linked request) and
ending one (the day the guests leave).

The person is found as on the front desk; their housing requests at this desk are offered
for linking once they are chosen. The service refuses a stay the home has no room for on
some day, or that falls outside its availability: the dialog says so and keeps the form.
"""

from datetime import date

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from desktop.services.housing import end_stay, start_stay
from desktop.ui.context import DeskContext
from desktop.ui.forms.form_dialog import FormDialog
from desktop.ui.housing.listing import home_choices, housing_requests_of
from desktop.ui.housing.optional_date import OptionalDate, date_edit
from desktop.ui.lists.person_picker import PersonPicker
from sync.vocabulary import REQUEST_STATES, label


class StayDialog(FormDialog):
    def __init__(self, context: DeskContext, home_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("New stay"), parent)
        today = date.today()
        self.person = PersonPicker(context)
        self.person.chosen.connect(self._load_requests)
        self.home = QComboBox()
        for choice_id, text in home_choices(context.register):
            self.home.addItem(text, choice_id)
        self.home.setCurrentIndex(max(0, self.home.findData(home_id)))
        self.guests = QSpinBox()
        self.guests.setRange(1, 99)
        self.guests.setToolTip(self.tr("Everyone hosted in this stay, the person included"))
        self.start_on = date_edit(today)
        self.end_on = OptionalDate(self.tr("they leave on"), None, today)
        self.request = QComboBox()
        self.request.addItem(self.tr("none"), None)
        self.form.addRow(self.tr("&Person:"), self.person)
        self.form.addRow(self.tr("&Home:"), self.home)
        self.form.addRow(self.tr("&Guests (person included):"), self.guests)
        self.form.addRow(self.tr("&From:"), self.start_on)
        self.form.addRow(self.tr("&Until:"), self.end_on)
        self.form.addRow(self.tr("&Request:"), self.request)
        self.person.setFocus()

    def _load_requests(self, person_id: str | None) -> None:
        register, language = self.context.register, self.context.language
        self.request.clear()
        self.request.addItem(self.tr("none"), None)
        if person_id is None:
            return
        for request_id, opened_on, state in housing_requests_of(register, person_id):
            self.request.addItem(self.tr("Housing request of {day} ({state})").format(
                day=f"{opened_on:%d/%m/%Y}", state=label(REQUEST_STATES, state, language)),
                request_id)
        if self.request.count() > 1:
            self.request.setCurrentIndex(1)  # the newest request is the likely one

    def save(self) -> None:
        person_id, home_id = self.person.person_id(), self.home.currentData()
        if person_id is None:
            self.refuse(self.tr("Choose the person first: type a few letters of their name "
                                "and pick them from the list."))
            return
        if home_id is None:
            self.refuse(self.tr("There is no home yet: add one with \"New home\" first."))
            return
        register, account_id = self.context.register, self.context.account_id
        guests, request_id = self.guests.value(), self.request.currentData()
        start_on, end_on = self.start_on.date().toPython(), self.end_on.value()
        self.submit(lambda: start_stay(register, home_id, person_id, guests, start_on, end_on,
                                       request_id, account_id))


class EndStayDialog(FormDialog):
    """Set (or move) the day the guests leave a stay."""

    def __init__(self, context: DeskContext, stay, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("End the stay"), parent)
        self._stay_id = stay.id
        self.end_on = date_edit(stay.end_on or date.today())
        self.form.addRow(self.tr("Guests leave &on:"), self.end_on)
        self.end_on.setFocus()

    def save(self) -> None:
        register, account_id, stay_id = (self.context.register, self.context.account_id,
                                         self._stay_id)
        end_on = self.end_on.date().toPython()
        self.submit(lambda: end_stay(register, stay_id, end_on, account_id))
