"""A filterable, sortable, exportable list: the filter bar, the table, its count and export.

The panel reads the ids on the runner whenever a filter or the sort changes, or the register
changes one of the source's tables; answers to an older request are dropped, so the list
never flickers back. Keys: Tab moves from the filters into the table, Enter (or a double
click) opens the chosen row (``activated``), Ctrl+E exports what is shown to CSV.
"""

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.lists.csv_export import rows_in_pages, write_list_csv
from desktop.ui.lists.filter_bar import ChoiceFilter, FilterBar, PeriodFilter
from desktop.ui.lists.sortable_model import SortableRowModel
from desktop.ui.lists.source import ListSource, Sort, SortableColumn


class ListPanel(QWidget):
    shown = Signal(int)
    """How many rows are listed, once a (re)load is on screen."""
    activated = Signal(str)
    """The id of the row opened with Enter or a double click."""
    current_changed = Signal(object)
    """The id of the row now selected, or None."""
    exported = Signal(str, int)
    """(path, rows written) once an export is on disk."""

    def __init__(self, context: DeskContext, source: ListSource,
                 columns: tuple[SortableColumn, ...],
                 filters: tuple[ChoiceFilter | PeriodFilter, ...], initial_sort: Sort,
                 export_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._source = source
        self._sort = initial_sort
        self._export_name = export_name
        self._generation = 0
        self.filter_bar = FilterBar(filters)
        self.filter_bar.changed.connect(lambda _values: self.reload())
        self.model = SortableRowModel(columns, source.rows, parent=self)
        self.model.sort_requested.connect(self._sort_by)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self._show_sort_indicator()
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(
                self.model.row_id(current.row()) if current.isValid() else None))
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.export_button = QPushButton(self.tr("Export CSV… (Ctrl+E)"))
        self.export_button.clicked.connect(self.choose_export_file)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_export_file,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.feedback, 1)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        context.register_changed.connect(self._on_register_changed)

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the ids again for the current filters and sort (on the runner)."""
        self._generation += 1
        generation, values, sort = self._generation, self.filter_bar.values(), self._sort
        ids = self._source.ids
        self._context.runner.submit(lambda: ids(values, sort),
                                    lambda found: self._show(generation, found),
                                    self._failed)

    def _show(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        chosen = self.current_id()
        self.model.reset(ids)
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.view.selectRow(row)
        self.count_label.setText(self.tr("%n row(s)", "", len(ids)))
        self.shown.emit(len(ids))

    def _on_register_changed(self, tables: frozenset) -> None:
        if tables & self._source.tables:
            self.reload()

    def _sort_by(self, sort: Sort) -> None:
        self._sort = sort
        self.reload()

    def _header_clicked(self, section: int) -> None:
        column = self.model.columns[section]
        if column.sort_key is None:
            self._show_sort_indicator()  # this column cannot be sorted: keep the old arrow
            return
        descending = column.sort_key == self._sort.key and not self._sort.descending
        self._show_sort_indicator(Sort(column.sort_key, descending))
        self.model.sort(section, Qt.SortOrder.DescendingOrder if descending
                        else Qt.SortOrder.AscendingOrder)

    def _show_sort_indicator(self, sort: Sort | None = None) -> None:
        sort = sort or self._sort
        self.view.horizontalHeader().setSortIndicator(
            self.model.sortable_section(sort),
            Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder)

    def sort(self) -> Sort:
        return self._sort

    # -- choosing ------------------------------------------------------------------------------

    def current_id(self) -> str | None:
        current = self.view.currentIndex()
        return self.model.row_id(current.row()) if current.isValid() else None

    def current_row(self):
        current = self.view.currentIndex()
        return self.model.row_data(current.row()) if current.isValid() else None

    def row_ids(self) -> list[str]:
        return [self.model.row_id(row) for row in range(self.model.rowCount())]

    def cell_text(self, row: int, column: int) -> str:
        return self.model.index(row, column).data() or ""

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_id(index.row()))

    # -- export --------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        suggested = Path.home() / f"{self._export_name}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the list"), str(suggested), self.tr("CSV file (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write every listed row, as shown, to ``path`` (on the runner)."""
        columns, ids, fetch = self.model.columns, self.row_ids(), self._source.rows
        self._context.runner.submit(
            lambda: write_list_csv(path, columns, rows_in_pages(ids, fetch)),
                                    lambda count: self._exported(path, count), self._failed)

    def _exported(self, path: Path, count: int) -> None:
        self._say(self.tr("%n row(s) written to {path}.", "", count).format(path=path))
        self.exported.emit(str(path), count)

    def _say(self, text: str, problem: bool = False) -> None:
        self.feedback.setObjectName("problem" if problem else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)

    def _failed(self, error: BaseException) -> None:
        self._say(explain(error), problem=True)
