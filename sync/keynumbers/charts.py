"""What the PDF's charts draw, aggregated in the database with the key numbers' own filters."""

from collections import Counter

from sqlalchemy import Connection, String, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from sync.keynumbers import filters as f
from sync.keynumbers.figures import ChartData
from sync.keynumbers.scope import Scope


class year_month(FunctionElement):
    """``YYYY-MM`` of a date-time column, in each database's own dialect."""

    type = String()
    inherit_cache = True


@compiles(year_month, "sqlite")
def _year_month_sqlite(element, compiler, **kw) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(year_month, "postgresql")
def _year_month_postgresql(element, compiler, **kw) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


def chart_data(connection: Connection, scope: Scope) -> ChartData:
    month = year_month(f.ACCESSES.c.occurred_at)
    per_month = select(f.ACCESSES.c.site, month, func.count()).where(f.accesses_in(scope)) \
        .group_by(f.ACCESSES.c.site, month)
    by_month: dict[str, dict[str, int]] = {site: {} for site in scope.sites}
    for site, when, count in connection.execute(per_month):
        by_month[site][when] = count

    # ``themes`` holds few distinct combinations: group by them, then split each one.
    per_combination = select(f.ACCESSES.c.themes, func.count()).where(f.accesses_in(scope)) \
        .group_by(f.ACCESSES.c.themes)
    themes: Counter[str] = Counter()
    for combination, count in connection.execute(per_combination):
        for theme in filter(None, (combination or "").split(";")):
            themes[theme] += count

    table = f.REQUESTS
    per_state = select(table.c.kind, table.c.state, func.count()) \
        .where(f.requests_opened_in(scope, f.REQUEST_KINDS_READ)) \
        .group_by(table.c.kind, table.c.state)
    states: dict[str, dict[str, int]] = {}
    for kind, state, count in connection.execute(per_state):
        states.setdefault(kind, {})[state] = count
    return ChartData(accesses_by_month=by_month, access_themes=dict(themes),
                     request_states=states)
