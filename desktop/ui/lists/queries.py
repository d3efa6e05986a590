"""The SQL pieces every list source repeats: a period on a date column, the ordering, and
reading a filtered, ordered select whole or a page at a time.

Lists order by one chosen column and then by id, in the same direction, so two rows with the
same value keep a stable place between reloads (the selection does not jump around) and an
index on ``(..., column, id)`` serves both directions.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from desktop.ui.lists.periods import Period
from desktop.ui.lists.source import FilterValues, IdPage, ListSource, Sort
from sync.register import Register


def within(column, period: Period | None, moments: bool = False) -> list[ColumnElement]:
    """Clauses keeping ``column`` inside ``period`` (none for "everything").

    ``moments``: the column holds date-times, so the last day counts up to midnight.
    """
    if period is None:
        return []
    clauses = []
    if period.start is not None:
        start = datetime.combine(period.start, time.min) if moments else period.start
        clauses.append(column >= start)
    if period.end is not None:
        if moments:
            clauses.append(column < datetime.combine(period.end + timedelta(days=1), time.min))
        else:
            clauses.append(column <= period.end)
    return clauses


def ordered(query: Select, sort: Sort, orderings: Mapping[str, tuple], tie_breaker) -> Select:
    """``query`` ordered by the columns ``orderings[sort.key]``, then ``tie_breaker``."""
    return query.order_by(*(column.desc() if sort.descending else column.asc()
                            for column in (*orderings[sort.key], tie_breaker)))


@dataclass(frozen=True)
class QueryList:
    """A list read with SQL: ``matching`` selects the ids of the rows that pass the filters,
    ``in_order`` orders such a select (adding the joins its sort needs)."""

    register: Register
    matching: Callable[[FilterValues], Select]
    in_order: Callable[[Select, Sort], Select]

    def ids(self, values: FilterValues, sort: Sort) -> list[str]:
        with self.register.reading() as session:
            return list(session.scalars(self.in_order(self.matching(values), sort)))

    def page(self, values: FilterValues, sort: Sort, offset: int, limit: int) -> IdPage:
        """``limit`` ids from ``offset`` on; the first page also counts every match (in SQL,
        without reading the ids)."""
        matching = self.matching(values)
        with self.register.reading() as session:
            ids = list(session.scalars(self.in_order(matching, sort).offset(offset)
                                       .limit(limit)))
            total = None if offset else session.scalar(
                select(func.count()).select_from(matching.subquery()))
        return IdPage(ids, total)

    def source(self, rows: Callable[[Sequence[str]], dict[str, Any]],
               tables: frozenset[str]) -> ListSource:
        return ListSource(self.ids, rows, tables, self.page)
