"""A day that may be left open ("no end yet"): a check box that enables a date field.

Dates read as people write them here (12/11/2026); the calendar pops up with Alt+↓.
"""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from desktop.ui.lists.filter_bar import DATE_FORMAT


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class OptionalDate(QWidget):
    def __init__(self, text: str, day: date | None, suggested: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = date_edit(day or suggested)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))
