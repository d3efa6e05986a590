"""``compute()``: the key numbers of a scope, aggregated in the database.

A handful of grouped SQL aggregates (SQLAlchemy Core, the same on SQLite and PostgreSQL), each
read once per site; no row is loaded into Python. Counts and sums add up across sites; the
distinct-people numbers are counted again over all sites, because one person may join
groups at two cafés, so their total can be less than the sum of the sites.
"""

from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy import Connection, Engine, case, distinct, func, select

from sync.keynumbers import filters as f
from sync.keynumbers.charts import chart_data
from sync.keynumbers.definitions import INDICATOR_IDS
from sync.keynumbers.figures import KeyNumbers
from sync.keynumbers.scope import Scope, make_scope

Bind = Engine | Connection
Tally = dict[str, dict[str, int]]
"""site (or TOTAL) -> raw measure name -> value."""

TOTAL = ""


def compute(bind: Bind, start: date | str, end: date | str,
            sites: Iterable[str] | None = None, *, with_charts: bool = False) -> KeyNumbers:
    """The key numbers of the period ``[start, end]`` (whole days) for ``sites`` (None: all).

    ``with_charts`` also aggregates what the PDF draws (accesses per month, themes, request
    outcomes).
    """
    scope = make_scope(start, end, sites)
    tally: Tally = defaultdict(lambda: defaultdict(int))
    with connected(bind) as connection:
        for measure in (_accesses, _consultations, _requests, _activities, _people, _homes,
                        _stays):
            measure(connection, scope, tally)
        charts = chart_data(connection, scope) if with_charts else None
    by_site = {site: _indicators(tally[site], tally[site]) for site in scope.sites}
    totals = {name: sum(tally[site][name] for site in scope.sites)
              for name in {name for site in scope.sites for name in tally[site]}}
    return KeyNumbers(start=scope.start, end=scope.end, sites=scope.sites,
                      indicators=_indicators(totals, tally[TOTAL]), by_site=by_site,
                      generated_at=datetime.now().replace(microsecond=0), charts=charts)


def requests_opened_and_satisfied(bind: Bind, start: date | str, end: date | str,
                                  sites: Iterable[str] | None = None) -> dict[str, tuple[int, int]]:
    """Per request kind the key numbers read: (opened, satisfied) in the period over ``sites``.

    The very measures behind ``family_requests``, ``housing_requests`` and
    ``family_requests_satisfied_pct`` (``half_up_percent(satisfied, opened)``), read alone for
    a screen that shows only them.
    """
    scope = make_scope(start, end, sites)
    tally: Tally = defaultdict(lambda: defaultdict(int))
    with connected(bind) as connection:
        _requests(connection, scope, tally)
    return {kind: (sum(tally[site][f"opened:{kind}"] for site in scope.sites),
                   sum(tally[site][f"satisfied:{kind}"] for site in scope.sites))
            for kind in sorted(f.REQUEST_KINDS_READ)}


@contextmanager
def connected(bind: Bind):
    """A connection from an engine (opened and closed here) or the caller's own one."""
    if isinstance(bind, Connection):
        yield bind
        return
    with bind.connect() as connection:
        yield connection


def half_up_percent(part: int, whole: int) -> int:
    """``round(100 * part / whole)`` with halves rounded up (12.5 -> 13), 0 when whole is 0."""
    if whole == 0:
        return 0
    return (200 * part + whole) // (2 * whole)


def _indicators(additive: dict[str, int], distinct_people: dict[str, int]) -> dict[str, int]:
    """Indicator values from the raw measures; people numbers come from ``distinct_people``."""
    values = {
        "accesses": additive.get("accesses", 0),
        "housing_units": additive.get("homes", 0),
        "housing_guests": additive.get("guests", 0),
    }
    for indicator, theme in f.CONSULTATION_THEMES.items():
        values[indicator] = additive.get(f"consultations:{theme}", 0)
    for indicator, kind in f.REQUESTS_OPENED.items():
        values[indicator] = additive.get(f"opened:{kind}", 0)
    for indicator, kind in f.SHARE_SATISFIED.items():
        values[indicator] = half_up_percent(additive.get(f"satisfied:{kind}", 0),
                                            additive.get(f"opened:{kind}", 0))
    for indicator, kind in f.ACTIVITIES_HELD.items():
        values[indicator] = additive.get(f"held:{kind}", 0)
    for indicator, kind in f.HEAD_COUNT_SUMS.items():
        values[indicator] = additive.get(f"heads:{kind}", 0)
    for indicator, kind in f.DISTINCT_PEOPLE.items():
        values[indicator] = distinct_people.get(f"people:{kind}", 0)
    for indicator, kind in f.HIRED_PEOPLE.items():
        values[indicator] = distinct_people.get(f"hired:{kind}", 0)
    values["financial_education_participants"] += additive.get(
        f"unnamed_heads:{f.HEAD_COUNT_WHEN_UNNAMED}", 0)
    return {indicator: values[indicator] for indicator in INDICATOR_IDS}


def _add(tally: Tally, rows) -> None:
    """Rows of (site, key, (measure, value)...) into ``tally`` as ``measure:key``."""
    for site, key, *measures in rows:
        for name, value in measures:
            tally[site][f"{name}:{key}"] += int(value or 0)


def _accesses(connection: Connection, scope: Scope, tally: Tally) -> None:
    query = select(f.ACCESSES.c.site, func.count()).where(f.accesses_in(scope)) \
        .group_by(f.ACCESSES.c.site)
    for site, count in connection.execute(query):
        tally[site]["accesses"] += count


def _consultations(connection: Connection, scope: Scope, tally: Tally) -> None:
    table = f.CONSULTATIONS
    query = select(table.c.site, table.c.theme, func.count()) \
        .where(f.consultations_in(scope, f.CONSULTATION_THEMES.values())) \
        .group_by(table.c.site, table.c.theme)
    _add(tally, ((site, theme, ("consultations", count))
                 for site, theme, count in connection.execute(query)))


def _requests(connection: Connection, scope: Scope, tally: Tally) -> None:
    table = f.REQUESTS
    satisfied = func.sum(case((table.c.state == f.SATISFIED, 1), else_=0))
    query = select(table.c.site, table.c.kind, func.count(), satisfied) \
        .where(f.requests_opened_in(scope, f.REQUEST_KINDS_READ)) \
        .group_by(table.c.site, table.c.kind)
    _add(tally, ((site, kind, ("opened", count), ("satisfied", ok))
                 for site, kind, count, ok in connection.execute(query)))


def _activities(connection: Connection, scope: Scope, tally: Tally) -> None:
    table = f.ACTIVITIES
    unnamed = case(((table.c.kind == f.HEAD_COUNT_WHEN_UNNAMED) & f.has_no_named_participant(),
                    table.c.head_count))
    query = select(table.c.site, table.c.kind, func.count(), func.sum(table.c.head_count),
                   func.sum(unnamed)) \
        .where(f.activities_started_in(scope, f.ACTIVITY_KINDS_READ)) \
        .group_by(table.c.site, table.c.kind)
    _add(tally, ((site, kind, ("held", count), ("heads", heads), ("unnamed_heads", extra))
                 for site, kind, count, heads, extra in connection.execute(query)))


def _people(connection: Connection, scope: Scope, tally: Tally) -> None:
    """Distinct people per site and kind, then again per kind over every site (TOTAL)."""
    person = f.counted_person()
    hired = case((f.PARTICIPATIONS.c.outcome == f.HIRED, person))
    where = f.participations_in(scope, f.PEOPLE_KINDS_READ)
    kind = f.ACTIVITIES.c.kind
    for site_column in (f.ACTIVITIES.c.site, None):
        grouped = (site_column, kind) if site_column is not None else (kind,)
        query = select(*grouped, func.count(distinct(person)), func.count(distinct(hired))) \
            .select_from(f.participations_joined()).where(where).group_by(*grouped)
        rows = connection.execute(query).all()
        if site_column is None:
            rows = [(TOTAL, *row) for row in rows]
        _add(tally, ((site, key, ("people", people), ("hired", hires))
                     for site, key, people, hires in rows))


def _homes(connection: Connection, scope: Scope, tally: Tally) -> None:
    query = select(f.HOMES.c.site, func.count()).where(f.homes_available_in(scope)) \
        .group_by(f.HOMES.c.site)
    for site, count in connection.execute(query):
        tally[site]["homes"] += count


def _stays(connection: Connection, scope: Scope, tally: Tally) -> None:
    query = select(f.STAYS.c.site, func.sum(f.STAYS.c.guests)) \
        .where(f.stays_started_in(scope)).group_by(f.STAYS.c.site)
    for site, guests in connection.execute(query):
        tally[site]["guests"] += int(guests or 0)
