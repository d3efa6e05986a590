"""The lazy row model, sortable by the database: a header click asks for the ids again.

Sorting 100,000 rows in Qt would need every row in memory; instead ``sort()`` only says which
ordering is wanted (``sort_requested``) and the list reads its ids again, ordered by SQL.
"""

from PySide6.QtCore import Qt, Signal

from desktop.ui.lists.source import Sort, SortableColumn
from desktop.ui.models.lazy_rows import LazyRowModel


class SortableRowModel(LazyRowModel):
    sort_requested = Signal(object)
    """The ``Sort`` now wanted (emitted only for columns that can be sorted)."""

    def __init__(self, columns: tuple[SortableColumn, ...], fetch_rows, page_size: int = 100,
                 parent=None) -> None:
        super().__init__(columns, fetch_rows, page_size, parent)
        self.columns = columns

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is not None:
            self.sort_requested.emit(Sort(key, order == Qt.SortOrder.DescendingOrder))

    def sortable_section(self, sort: Sort) -> int:
        """The column sorted by ``sort.key``, or -1."""
        return next((number for number, column in enumerate(self.columns)
                     if column.sort_key == sort.key), -1)
