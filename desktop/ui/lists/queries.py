"""The SQL pieces every list source repeats: a period on a date column, and the ordering.

Lists order by one chosen column and then by id, so two rows with the same value keep a
stable place between reloads (the selection does not jump around).
"""

from collections.abc import Mapping
from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, Select

from desktop.ui.lists.periods import Period
from desktop.ui.lists.source import Sort


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
    columns = orderings[sort.key]
    return query.order_by(*(column.desc() if sort.descending else column.asc()
                            for column in columns), tie_breaker)
