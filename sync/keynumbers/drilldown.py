"""The rows behind a key number, with the very WHERE clauses that count them.

Each record is (table, id, date, site, detail). For counts there is one record per counted
row; for sums the detail is the amount added; for distinct people the records are the
enrolments and the detail is the person they count as (so the number is the distinct
details); for the share of family requests satisfied, the requests with their state.
"""

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, select

from sync.errors import InvalidInput
from sync.keynumbers import filters as f
from sync.keynumbers.definitions import INDICATOR_BY_ID, INDICATOR_IDS
from sync.keynumbers.queries import Bind, connected
from sync.keynumbers.scope import Scope, make_scope

COLUMNS = ("table", "id", "date", "site", "detail")


@dataclass(frozen=True)
class Record:
    table: str
    id: str
    date: str
    site: str
    detail: str


def records_behind(bind: Bind, indicator_id: str, start: date | str, end: date | str,
                   sites: Iterable[str] | None = None) -> list[Record]:
    if indicator_id not in INDICATOR_BY_ID:
        raise InvalidInput(f"Unknown indicator '{indicator_id}': choose one of "
                           f"{', '.join(INDICATOR_IDS)}.")
    scope = make_scope(start, end, sites)
    records = []
    with connected(bind) as connection:
        for table, query in _queries(indicator_id, scope):
            records += [Record(table, row_id, _day_text(when), site,
                               "" if detail is None else str(detail))
                        for row_id, when, site, detail in connection.execute(query)]
    return sorted(records, key=lambda record: (record.date, record.table, record.id))


def render_records_csv(records: list[Record]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows((r.table, r.id, r.date, r.site, r.detail) for r in records)
    return buffer.getvalue()


def _day_text(when: date | datetime | None) -> str:
    if isinstance(when, datetime):
        return when.isoformat(sep=" ", timespec="minutes")
    return when.isoformat() if when else ""


def _activities(scope: Scope, kind: str, *extra) -> Select:
    table = f.ACTIVITIES
    return select(table.c.id, table.c.starts_on, table.c.site, table.c.head_count) \
        .where(f.activities_started_in(scope, [kind]), *extra)


def _queries(indicator_id: str, scope: Scope) -> list[tuple[str, Select]]:
    if indicator_id == "accesses":
        table = f.ACCESSES
        return [("accesses", select(table.c.id, table.c.occurred_at, table.c.site,
                                    table.c.themes).where(f.accesses_in(scope)))]
    if indicator_id in f.CONSULTATION_THEMES:
        table = f.CONSULTATIONS
        return [("consultations", select(table.c.id, table.c.occurred_at, table.c.site,
                                         table.c.theme).where(f.consultations_in(
                                             scope, [f.CONSULTATION_THEMES[indicator_id]])))]
    requests_of_kind = f.REQUESTS_OPENED | f.SHARE_SATISFIED
    if indicator_id in requests_of_kind:
        table = f.REQUESTS
        return [("requests", select(table.c.id, table.c.opened_on, table.c.site, table.c.state)
                 .where(f.requests_opened_in(scope, [requests_of_kind[indicator_id]])))]
    people_of_kind = f.DISTINCT_PEOPLE | f.HIRED_PEOPLE
    if indicator_id in people_of_kind:
        kind = people_of_kind[indicator_id]
        hired = [f.PARTICIPATIONS.c.outcome == f.HIRED] if indicator_id in f.HIRED_PEOPLE \
            else []
        enrolments = select(f.PARTICIPATIONS.c.id, f.ACTIVITIES.c.starts_on,
                            f.ACTIVITIES.c.site, f.counted_person()) \
            .select_from(f.participations_joined()) \
            .where(f.participations_in(scope, [kind]), *hired)
        queries = [("participations", enrolments)]
        if indicator_id in f.DISTINCT_PEOPLE and kind == f.HEAD_COUNT_WHEN_UNNAMED:
            queries.append(("activities", _activities(scope, kind, f.has_no_named_participant())))
        return queries
    if indicator_id in f.ACTIVITIES_HELD:
        return [("activities", _activities(scope, f.ACTIVITIES_HELD[indicator_id]))]
    if indicator_id in f.HEAD_COUNT_SUMS:
        return [("activities", _activities(scope, f.HEAD_COUNT_SUMS[indicator_id]))]
    if indicator_id == "housing_units":
        table = f.HOMES
        return [("homes", select(table.c.id, table.c.available_from, table.c.site,
                                 table.c.available_to).where(f.homes_available_in(scope)))]
    if indicator_id == "housing_guests":
        table = f.STAYS
        return [("stays", select(table.c.id, table.c.start_on, table.c.site, table.c.guests)
                 .where(f.stays_started_in(scope)))]
    raise AssertionError(f"no drill-down defined for {indicator_id}")
