"""A list as a CSV file, written whole or not at all.

The file is for a spreadsheet on an Italian office PC: UTF-8 with a byte-order mark and ``;``
between fields, which Excel in Italian opens correctly with a double click (LibreOffice asks
and guesses both). Cells are the texts shown on screen, in the same order.
"""

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop.ui.models.lazy_rows import Column
from sync.files import write_whole


def rows_in_pages(ids: Sequence[str], fetch: Callable[[Sequence[str]], dict[str, Any]],
                  page_size: int = 500) -> Iterator[Any]:
    """The rows of ``ids`` in that order, read a page at a time; rows gone meanwhile are
    left out."""
    for start in range(0, len(ids), page_size):
        page = ids[start:start + page_size]
        rows = fetch(page)
        yield from (rows[row_id] for row_id in page if row_id in rows)


def list_as_csv(columns: Sequence[Column], rows: Iterable[Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([column.header for column in columns])
    for row in rows:
        writer.writerow([column.text(row) for column in columns])
    return buffer.getvalue()


def write_list_csv(path: Path, columns: Sequence[Column], rows: Iterable[Any]) -> int:
    """Write the rows to ``path``; returns how many were written."""
    counted = []

    def counting():
        for row in rows:
            counted.append(None)
            yield row

    text = list_as_csv(columns, counting())
    write_whole(path, ("\ufeff" + text).encode("utf-8"))
    return len(counted)
