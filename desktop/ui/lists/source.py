"""What a list shows, said once per screen: how to read its ids, its rows, and its columns.

``ListSource.ids`` runs on the runner and returns the ids of every row that passes the
filters, already sorted by the database; ``ListSource.rows`` reads the rows of a page of
ids. Neither touches Qt, so both can be tested and benchmarked on their own.
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
class ListSource:
    ids: Callable[[FilterValues, Sort], list[str]]
    rows: Callable[[Sequence[str]], dict[str, Any]]
    tables: frozenset[str] = field(default_factory=frozenset)
    """Tables whose changes make the list read itself again."""
