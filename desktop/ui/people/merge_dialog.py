"""Choosing the duplicate record to merge into the person on the card."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.search import search_people
from desktop.ui.context import DeskContext
from desktop.ui.people.person_text import display_name
from desktop.ui.sportello.live_search import LiveSearch


class MergeDialog(QDialog):
    chosen = Signal(str, str)
    """(id, display name) of the duplicate to merge into the kept person."""

    def __init__(self, context: DeskContext, keep_id: str, keep_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keep_id = keep_id
        self.setWindowTitle(self.tr("Merge a duplicate"))
        self.setMinimumWidth(520)
        explanation = QLabel(self.tr(
            "Find the other record of <b>{name}</b>. Its accesses, consultations, requests, "
            "stays and activities move to {name}; the merge can be undone.").format(
                name=keep_name))
        explanation.setWordWrap(True)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Surname and name, codice fiscale or phone"))
        self.candidates = QListWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge into {name}").format(name=keep_name),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self._merge)
        self.buttons.rejected.connect(self.reject)
        self.candidates.currentItemChanged.connect(
            lambda item, _previous: self.merge_button.setEnabled(item is not None))
        self.candidates.itemActivated.connect(lambda _item: self._merge())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.search_field)
        layout.addWidget(self.candidates)
        layout.addWidget(self.buttons)
        register = context.register
        self._search = LiveSearch(context.runner, lambda text: search_people(register, text, 20),
                                  self)
        self._search.results_ready.connect(self._show)
        self.search_field.textChanged.connect(self._search.request)
        self.search_field.returnPressed.connect(self.candidates.setFocus)

    def _show(self, _text: str, hits) -> None:
        self.candidates.clear()
        for hit in hits:
            if hit.id == self._keep_id:
                continue
            name = display_name(hit.family_name, hit.given_name)
            item = QListWidgetItem("  ·  ".join(
                part for part in (name, hit.tax_code or "", hit.municipality or "") if part))
            item.setData(Qt.ItemDataRole.UserRole, (hit.id, name))
            self.candidates.addItem(item)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)

    def _merge(self) -> None:
        item = self.candidates.currentItem()
        if item is not None:
            self.chosen.emit(*item.data(Qt.ItemDataRole.UserRole))
            self.accept()
