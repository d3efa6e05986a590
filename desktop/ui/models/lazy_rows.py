"""A table model that holds only ids and fetches the rows it is asked to show, a page at a time.

A list of 100,000 people costs 100,000 ids in memory; the rows themselves are read only when a
view scrolls them into sight, one page per read. Callers that already have the rows (a search
returns them) hand them over with the ids and no read happens at all.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

RowFetcher = Callable[[Sequence[str]], dict[str, Any]]
"""Reads the rows of some ids; ids it cannot find (deleted meanwhile) are simply left out."""

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""``index.data(ROW_ID_ROLE)`` is the id of the row the index belongs to."""


@dataclass(frozen=True)
class Column:
    """One column: its (already translated) header and how a row shows in it."""

    header: str
    text: Callable[[Any], str]


class LazyRowModel(QAbstractTableModel):
    """Rows keyed by id; ``fetch_rows`` is called with at most ``page_size`` ids at a time."""

    def __init__(self, columns: Sequence[Column], fetch_rows: RowFetcher | None = None,
                 page_size: int = 100, parent=None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._fetch_rows = fetch_rows
        self._page_size = page_size
        self._ids: list[str] = []
        self._rows: dict[str, Any] = {}

    # -- what callers use ----------------------------------------------------------------------

    def reset(self, ids: Sequence[str], rows: dict[str, Any] | None = None) -> None:
        """Show ``ids`` in this order; ``rows`` are those already known (no read for them)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = dict(rows or {})
        self.endResetModel()

    def append(self, ids: Sequence[str]) -> None:
        """Show ``ids`` after those already listed (the next page of a long list)."""
        if not ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        self._ids.extend(ids)
        self.endInsertRows()

    def forget_rows(self) -> None:
        """Drop every fetched row (the register changed) and repaint with fresh reads."""
        if self._fetch_rows is None:
            return
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self._columns) - 1))

    def row_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, row_id: str) -> int:
        """The position of ``row_id``, or -1 when it is not listed."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> Any:
        """The row behind position ``row`` (fetching its page if needed), or None if gone."""
        row_id = self._ids[row]
        if row_id not in self._rows and self._fetch_rows is not None:
            self._fetch_page_around(row)
        return self._rows.get(row_id)

    # -- the Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ROW_ID_ROLE:
            return self._ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row_data(index.row())
            return "" if row is None else self._columns[index.column()].text(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None

    def _fetch_page_around(self, row: int) -> None:
        start = row - row % self._page_size
        wanted = [row_id for row_id in self._ids[start:start + self._page_size]
                  if row_id not in self._rows]
        self._rows.update(self._fetch_rows(wanted))
