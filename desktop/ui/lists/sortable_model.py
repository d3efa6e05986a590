"""The lazy row model, sortable by the database, that grows as it is scrolled.

Sorting 100,000 rows in Qt would need every row in memory; instead ``sort()`` only says which
ordering is wanted (``sort_requested``) and the list reads its ids again, ordered by SQL.
Likewise it holds only the ids read so far: it knows how many rows there are in all, and when
the view scrolls to the last one read, ``fetchMore`` asks for the next ids (``more_wanted``);
they arrive later through ``more_arrived``.
"""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.ui.lists.source import Sort, SortableColumn
from desktop.ui.models.lazy_rows import LazyRowModel


class SortableRowModel(LazyRowModel):
    sort_requested = Signal(object)
    """The ``Sort`` now wanted (emitted only for columns that can be sorted)."""
    more_wanted = Signal(int)
    """How many ids are listed: the next ones, after those, are wanted."""

    def __init__(self, columns: tuple[SortableColumn, ...], fetch_rows, page_size: int = 100,
                 parent=None) -> None:
        super().__init__(columns, fetch_rows, page_size, parent)
        self.columns = columns
        self._total = 0
        self._asking = False

    def reset(self, ids: Sequence[str], rows: dict | None = None,
              total: int | None = None) -> None:
        """Show ``ids``, the first of ``total`` rows (all of them when ``total`` is None)."""
        self._total = len(ids) if total is None else max(total, len(ids))
        self._asking = False
        super().reset(ids, rows)

    def total(self) -> int:
        """How many rows the list has, read or not yet."""
        return self._total

    def more_arrived(self, ids: Sequence[str]) -> None:
        """The ids after those listed; none means the list ends here (rows gone meanwhile,
        or the read failed: the next reload starts afresh)."""
        self._asking = False
        if not ids:
            self._total = self.rowCount()
        self.append(ids)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._asking and self.rowCount() < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._asking = True
            self.more_wanted.emit(self.rowCount())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is not None:
            self.sort_requested.emit(Sort(key, order == Qt.SortOrder.DescendingOrder))

    def sortable_section(self, sort: Sort) -> int:
        """The column sorted by ``sort.key``, or -1."""
        return next((number for number, column in enumerate(self.columns)
                     if column.sort_key == sort.key), -1)
