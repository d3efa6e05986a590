"""Persone: the people list on the left, the card of the chosen person on the right.

With nothing typed the list shows everyone, alphabetically, as ids with rows read a page at
a time (a register of 100,000 people opens at once); typing searches as on the Sportello.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.search import search_people
from desktop.ui.context import DeskContext
from desktop.ui.models.lazy_rows import Column, LazyRowModel
from desktop.ui.people.listing import live_people_ids, people_by_id
from desktop.ui.people.person_card import PersonCard
from desktop.ui.people.person_form import PersonFormDialog
from desktop.ui.people.person_text import display_name, short_date, split_search_text
from desktop.ui.sportello.live_search import LiveSearch

SEARCH_LIMIT = 200


class PeopleScreen(QWidget):
    list_shown = Signal(str)
    """The filter text whose people are now listed."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        register = context.register
        self._search = LiveSearch(context.runner, self._find, self)
        self._search.results_ready.connect(self._show_list)
        self.filter_field = QLineEdit()
        self.filter_field.setPlaceholderText(self.tr("Filter: surname and name, codice fiscale "
                                                     "or phone"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._search.request)
        self.filter_field.returnPressed.connect(self._focus_list)
        new_button = QPushButton(self.tr("F2  New person"))
        new_button.clicked.connect(self.open_new_person)
        QShortcut(QKeySequence("F2"), self, self.open_new_person,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._people = LazyRowModel((
            Column(self.tr("Person"), lambda row: display_name(row.family_name,
                                                                 row.given_name)),
            Column(self.tr("Codice fiscale"), lambda row: row.tax_code or "—"),
            Column(self.tr("Born"), lambda row: short_date(getattr(row, "birth_date", None))),
        ), lambda ids: people_by_id(register, ids), parent=self)
        self.people_view = QTableView()
        self.people_view.setModel(self._people)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.verticalHeader().hide()
        self.people_view.setShowGrid(False)
        header = self.people_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.card.show_person(
                self._people.row_id(current.row()) if current.isValid() else None))
        self.card = PersonCard(context)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_field, 1)
        filter_row.addWidget(new_button)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.people_view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([540, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(splitter)
        self.setFocusProxy(self.filter_field)
        context.register_changed.connect(self._on_register_changed)
        self._search.request("")

    def _find(self, text: str):
        """Runs on the runner: search hits for a filter, else every live person's id."""
        if text.strip():
            hits = search_people(self._context.register, text, limit=SEARCH_LIMIT)
            return [hit.id for hit in hits], {hit.id: hit for hit in hits}
        return live_people_ids(self._context.register), {}

    def _show_list(self, text: str, found) -> None:
        ids, rows = found
        chosen = self.card.person_id()
        self._people.reset(ids, rows)
        row = self._people.row_of(chosen) if chosen else -1
        if row >= 0:
            self.people_view.selectionModel().blockSignals(True)
            self.people_view.selectRow(row)
            self.people_view.selectionModel().blockSignals(False)
        self.list_shown.emit(text)

    def _on_register_changed(self, tables: frozenset) -> None:
        if "people" in tables:
            self._search.request(self.filter_field.text())

    def _focus_list(self) -> None:
        if self._people.rowCount():
            self.people_view.setFocus()
            self.people_view.selectRow(0)

    def show_person(self, person_id: str) -> None:
        """Open the card of ``person_id`` (e.g. from another screen)."""
        self.card.show_person(person_id)

    def open_new_person(self) -> None:
        surname, name = split_search_text(self.filter_field.text())
        dialog = PersonFormDialog(self._context, family_name=surname, given_name=name,
                                  parent=self)
        dialog.saved.connect(lambda person_id, _who: self.card.show_person(person_id))
        dialog.open()
