"""What a list shows, said once per screen: how to read its ids, its rows, and its columns.

``ListSource.ids`` runs on the runner and returns the ids of every row that passes the
filters, already sorted by the database; ``ListSource.rows`` reads the rows of a page of
ids. A source on a large table also gives ``page``: a slice of those ids plus their count,
so a list opens after reading one page (``queries.QueryList`` makes all three from two
queries). None of them touches Qt, so each can be tested and benchmarked on its own.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.ui.models.lazy_rows import Column


@dataclass(frozen=True)
class SortableColumn(Column):
    """A column the list can be sorted by when ``sort_key`` names an ordering of the source."""

    sort_key: str | None = None


@dataclass(frozen=True)
class Sort:
    key: str
    descending: bool = False


FilterValues = Mapping[str, Any]
"""Filter key -> chosen value (a code, a ``Period``, or ``None`` for "any")."""


@dataclass(frozen=True)
class IdPage:
    ids: list[str]
    """In the list's order, from the offset asked for."""
    total: int | None
    """How many rows pass the filters (read with the first page only, else None)."""


PageReader = Callable[[FilterValues, Sort, int, int], IdPage]
"""(filters, sort, offset, limit) -> at most ``limit`` ids from ``offset`` on."""


@dataclass(frozen=True)
class ListSource:
    ids: Callable[[FilterValues, Sort], list[str]]
    rows: Callable[[Sequence[str]], dict[str, Any]]
    tables: frozenset[str] = field(default_factory=frozenset)
    """Tables whose changes make the list read itself again."""
    page: PageReader | None = None
    """When given, the list reads its ids a page at a time as it is scrolled."""
