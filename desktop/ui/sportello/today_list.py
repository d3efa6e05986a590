"""Oggi: the accesses registered at this desk today, newest first, each with its receipt,
and the way to record an individual consultation from one of them (Ctrl+K)."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accesses import todays_accesses
from desktop.ui.context import DeskContext
from desktop.ui.models.lazy_rows import Column, LazyRowModel
from desktop.ui.people.person_text import display_name
from sync.vocabulary import THEMES, label

_REFRESHED_BY = frozenset({"accesses", "receipts", "people"})


class TodayList(QWidget):
    """Reloads itself (on the runner) whenever accesses, receipts or names change."""

    print_requested = Signal(str)
    """The id of the access whose receipt should be printed."""
    refreshed = Signal()
    consultation_requested = Signal(object)
    """The row of the access a consultation is to be recorded from."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._title = QLabel()
        self._title.setObjectName("sectionTitle")
        self._model = LazyRowModel((
            Column(self.tr("Time"), lambda row: f"{row.occurred_at:%H:%M}"),
            Column(self.tr("Person"), self._person_text),
            Column(self.tr("Themes"), self._themes_text),
            Column(self.tr("Receipt"), lambda row: row.receipt_number or ""),
            Column("", lambda row: ""),
        ), parent=self)
        self.view = QTableView()
        self.view.setModel(self._model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for stretching in (1, 2):  # person and themes share what is left
            header.setSectionResizeMode(stretching, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(34)
        self.consultation_button = QPushButton(self.tr("Consultation… (Ctrl+K)"))
        self.consultation_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.consultation_button.setToolTip(self.tr(
            "Record an individual consultation from the chosen access (else the newest)"))
        self.consultation_button.clicked.connect(self.request_consultation)
        title_row = QHBoxLayout()
        title_row.addWidget(self._title, 1)
        title_row.addWidget(self.consultation_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.view)
        context.register_changed.connect(self._on_register_changed)
        self._show([])
        self.refresh()

    def access_ids(self) -> list[str]:
        return [self._model.row_id(row) for row in range(self._model.rowCount())]

    def row(self, position: int):
        return self._model.row_data(position)

    def selected_access_id(self) -> str | None:
        """The access chosen in the list, else the newest one, else None."""
        current = self.view.currentIndex()
        if current.isValid():
            return self._model.row_id(current.row())
        return self._model.row_id(0) if self._model.rowCount() else None

    def request_consultation(self) -> None:
        access_id = self.selected_access_id()
        if access_id is not None:
            self.consultation_requested.emit(self.row(self._model.row_of(access_id)))

    def refresh(self) -> None:
        register = self._context.register
        self._context.runner.submit(lambda: todays_accesses(register, date.today()), self._show)

    def _on_register_changed(self, tables: frozenset) -> None:
        if tables & _REFRESHED_BY:
            self.refresh()

    def _show(self, rows) -> None:
        self._model.reset([row.id for row in rows], {row.id: row for row in rows})
        for position, row in enumerate(rows):
            button = QPushButton(self.tr("Reprint") if row.receipt_number else self.tr("Print"))
            button.setObjectName("rowAction")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, access_id=row.id:
                                   self.print_requested.emit(access_id))
            self.view.setIndexWidget(self._model.index(position, 4), button)
        self._title.setText(self.tr("Today ({count})").format(count=len(rows)))
        self.consultation_button.setEnabled(bool(rows))
        self.refreshed.emit()

    def _person_text(self, row) -> str:
        if row.person_id is None:
            return self.tr("anonymous access")
        return display_name(row.family_name, row.given_name)

    def _themes_text(self, row) -> str:
        language = self._context.language
        return ", ".join(label(THEMES, code, language).lower() for code in row.themes)
