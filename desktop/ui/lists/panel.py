"""A filterable, sortable, exportable list: the filter bar, the table, its count and export.

The panel reads the ids on the runner whenever a filter or the sort changes, or the register
changes one of the source's tables. Requests made in one go (a screen built and then set to
another period) are merged into one read, started when control returns to the event loop;
a request overtaken by a newer one is skipped or its answer dropped (``LatestOnly``), so the
list never flickers back. A source that reads pages opens with the first page and its count,
and reads on as the table is scrolled.

Keys: Tab moves from the filters into the table, Enter (or a double click) opens the chosen
row (``activated``), Ctrl+E exports what is shown to CSV.
"""

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
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
from desktop.ui.feedback import show_feedback
from desktop.ui.lists.csv_export import rows_in_pages, write_list_csv
from desktop.ui.lists.filter_bar import ChoiceFilter, FilterBar, PeriodFilter
from desktop.ui.lists.latest import LatestOnly
from desktop.ui.lists.sortable_model import SortableRowModel
from desktop.ui.lists.source import FilterValues, IdPage, ListSource, Sort, SortableColumn

FIRST_PAGE = 200
"""Ids read when a list opens: several screens' worth, so scrolling starts without a wait."""


def _first_ids(source: ListSource, values: FilterValues, sort: Sort, limit: int) -> IdPage:
    """The first ``limit`` ids and the count, or every id when the source has no pages."""
    if source.page is None:
        return IdPage(source.ids(values, sort), None)
    return source.page(values, sort, 0, limit)


class ListPanel(QWidget):
    shown = Signal(int)
    """How many rows are listed, once a (re)load is on screen."""
    activated = Signal(str)
    """The id of the row opened with Enter or a double click."""
    current_changed = Signal(object)
    """The id of the row now selected, or None."""
    exported = Signal(str, int)
    """(path, rows written) once an export is on disk."""
    reading = Signal(object)
    """The filter values (``FilterValues``) a (re)load has just started reading."""

    def __init__(self, context: DeskContext, source: ListSource,
                 columns: tuple[SortableColumn, ...],
                 filters: tuple[ChoiceFilter | PeriodFilter, ...], initial_sort: Sort,
                 export_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._source = source
        self._sort = initial_sort
        self._export_name = export_name
        self._latest = LatestOnly(context.runner)
        self._reload_due = False
        self._loading = False
        self._shown_query: tuple[FilterValues, Sort] | None = None
        self.filter_bar = FilterBar(filters)
        self.filter_bar.changed.connect(lambda _values: self.reload())
        self.model = SortableRowModel(columns, source.rows, parent=self)
        self.model.sort_requested.connect(self._sort_by)
        self.model.more_wanted.connect(self._read_more)
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
        """Read the ids again for the current filters and sort (on the runner), once control
        is back in the event loop: every change made until then is read in one go."""
        if not self._reload_due:
            self._reload_due = True
            QTimer.singleShot(0, self, self._start_reload)

    def _start_reload(self) -> None:
        self._reload_due = False
        values, sort, source = self.filter_bar.values(), self._sort, self._source
        # The same list read again (the register changed) keeps as many rows as were read,
        # so the selection and the scroll position stay where they were.
        same = self._shown_query == (values, sort)
        limit = max(FIRST_PAGE, self.model.rowCount()) if same else FIRST_PAGE
        self._loading = True
        self._latest.submit(lambda: _first_ids(source, values, sort, limit),
                            lambda found: self._show(values, sort, found), self._reload_failed)
        self.reading.emit(values)

    def _show(self, values: FilterValues, sort: Sort, found: IdPage) -> None:
        self._loading = False
        self._shown_query = (values, sort)
        chosen = self.current_id()
        self.model.reset(found.ids, total=found.total)
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.view.selectRow(row)
        total = self.model.total()
        self.count_label.setText(self.tr("%n row(s)", "", total))
        self.shown.emit(total)

    def _read_more(self, offset: int) -> None:
        """The ids after the first ``offset``, as many again as are listed (so reading a
        long list to its end takes a handful of reads, not thousands)."""
        if self._loading or self._source.page is None or self._shown_query is None:
            return  # a reload is on its way and starts from the top
        (values, sort), page = self._shown_query, self._source.page
        self._latest.submit(lambda: page(values, sort, offset, max(FIRST_PAGE, offset)),
                            lambda found: self.model.more_arrived(found.ids),
                            self._more_failed)

    def _reload_failed(self, error: BaseException) -> None:
        self._loading = False
        self._failed(error)

    def _more_failed(self, error: BaseException) -> None:
        self.model.more_arrived([])
        self._failed(error)

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
        """The ids listed so far, in order (all of them unless the source reads pages)."""
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
        """Write every row of the list, as shown and in its order, to ``path`` (on the
        runner): the ids are read whole for the shown filters, scrolled to or not."""
        values, sort = self._shown_query or (self.filter_bar.values(), self._sort)
        columns, ids, fetch = self.model.columns, self._source.ids, self._source.rows
        self._context.runner.submit(
            lambda: write_list_csv(path, columns, rows_in_pages(ids(values, sort), fetch)),
            lambda count: self._exported(path, count), self._failed)

    def _exported(self, path: Path, count: int) -> None:
        self._say(self.tr("%n row(s) written to {path}.", "", count).format(path=path))
        self.exported.emit(str(path), count)

    def _say(self, text: str, problem: bool = False) -> None:
        show_feedback(self.feedback, text, problem)

    def _failed(self, error: BaseException) -> None:
        self._say(explain(error), problem=True)
