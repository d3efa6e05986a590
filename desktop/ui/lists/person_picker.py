"""Choosing a person inside a dialog: type a few letters, pick from the matches.

The same search as the Sportello (``search_people`` through ``LiveSearch``); when the dialog
was opened from a person card the person is already chosen and the picker just says who.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.services.search import search_people
from desktop.ui.context import DeskContext
from desktop.ui.people.person_text import display_name
from desktop.ui.sportello.live_search import LiveSearch

MATCHES_SHOWN = 8


class PersonPicker(QWidget):
    chosen = Signal(object)
    """The id of the person now chosen, or None."""
    matches_shown = Signal(str)
    """The text whose matches are listed (for tests)."""

    def __init__(self, context: DeskContext, person_id: str | None = None,
                 person_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id = person_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fixed = QLabel(f"<b>{person_name}</b>")
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Surname and name, codice fiscale or phone"))
        self.search_field.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(150)
        layout.addWidget(self.fixed)
        layout.addWidget(self.search_field)
        layout.addWidget(self.matches)
        if person_id is not None:
            self.search_field.hide()
            self.matches.hide()
            self.setFocusProxy(None)
            return
        self.fixed.hide()
        self.setFocusProxy(self.search_field)
        register = context.register
        self._search = LiveSearch(
            context.runner,
            lambda text: search_people(register, text, MATCHES_SHOWN) if text.strip() else [],
            self)
        self._search.results_ready.connect(self._show)
        self.search_field.textChanged.connect(self._search.request)
        self.search_field.returnPressed.connect(self.matches.setFocus)
        self.matches.currentItemChanged.connect(self._current_changed)

    def person_id(self) -> str | None:
        return self._person_id

    def _show(self, text: str, hits) -> None:
        self.matches.clear()
        for hit in hits:
            name = display_name(hit.family_name, hit.given_name)
            item = QListWidgetItem("  ·  ".join(
                part for part in (name, hit.tax_code or "", hit.municipality or "") if part))
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        else:
            self._current_changed(None)
        self.matches_shown.emit(text)

    def _current_changed(self, item, _previous=None) -> None:
        self._person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.chosen.emit(self._person_id)
