"""A home at the project's disposal: what it is, where, how many places, when available.

The same dialog adds a home or corrects one; a correction its stays no longer fit in (fewer
places, a shorter availability) is refused by the service and said in the dialog.
"""

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from desktop.services.housing import add_home, update_home
from desktop.ui.context import DeskContext
from desktop.ui.forms.form_dialog import FormDialog
from desktop.ui.housing.optional_date import OptionalDate
from sync.vocabulary import municipalities


class HomeDialog(FormDialog):
    def __init__(self, context: DeskContext, home=None, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Correct the home") if home else self.tr("New home"),
                         parent)
        self._home_id = home.id if home is not None else None
        today = date.today()
        self.description = QLineEdit(home.description if home else "")
        self.description.setPlaceholderText(self.tr("e.g. Flat in Via Roma 12, 2nd floor"))
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItems(municipalities())
        self.municipality.setCurrentText((home.municipality or "") if home else "")
        self.places = QSpinBox()
        self.places.setRange(1, 99)
        self.places.setValue(home.places if home else 4)
        self.available_from = OptionalDate(self.tr("from"),
                                           home.available_from if home else today, today)
        self.available_to = OptionalDate(self.tr("until"),
                                         home.available_to if home else None, today)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("&Municipality:"), self.municipality)
        self.form.addRow(self.tr("&Places:"), self.places)
        self.form.addRow(self.tr("Available:"), self.available_from)
        self.form.addRow("", self.available_to)
        self.description.setFocus()

    def save(self) -> None:
        register, home_id = self.context.register, self._home_id
        values = dict(description=self.description.text(), places=self.places.value(),
                      municipality=self.municipality.currentText(),
                      available_from=self.available_from.value(),
                      available_to=self.available_to.value(), account_id=self.context.account_id)
        if home_id is None:
            self.submit(lambda: add_home(register, **values))
        else:
            self.submit(lambda: update_home(register, home_id, **values))
