"""Erasure and retention at the district office, written like any office change.

Every row the office rewrites gets a fresh clock stamp greater than the one it held and the
next ``server_seq`` values, in one transaction, so the next pull of every desk that may see
the row brings the erased version (people are shared: every desk; casework notes: their own
desk). The audit entry of the erasure is written in the same transaction.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, func, or_, select, update

from sync.clock import HybridLogicalClock
from sync.errors import InvalidInput, NotFound
from sync.gdpr.erasure import NOTES_BY_MODEL, erased_values, now, purged_conflict_row
from sync.ids import new_id
from sync.schema import (
    Access,
    Activity,
    ActivitySession,
    Attendance,
    AuditEntry,
    Conflict,
    Consultation,
    Participation,
    Person,
    Request,
    Stay,
)
from sync.server.store import CentralStore
from sync.server.transactions import write_transaction

OFFICE_SITE = "office"
"""The ``site`` of rows born at the office that no desk receives (its own audit entries)."""

people = Person.__table__


@dataclass(frozen=True)
class Erased:
    person_id: str
    rows_rewritten: int


def erase_at_office(engine: Engine, person_id: str, reason: str = "art. 17",
                    by: str | None = None) -> Erased:
    """Erase one person everywhere the office holds them; idempotent in effect (erasing an
    erased person blanks nothing new but is logged again)."""
    with write_transaction(engine) as connection:
        if connection.execute(select(people.c.id).where(people.c.id == person_id)).first() \
                is None:
            raise NotFound(f"There is no person {person_id} at the office: check the id "
                           "(op-sync export-person shows what is held).")
        count = _erase(connection, [person_id], reason, by)
    return Erased(person_id, count)


def _erase(connection: Connection, person_ids: list[str], reason: str, by: str | None) -> int:
    when = now()
    clock = HybridLogicalClock("office")
    edits: list[tuple[Table, str, dict[str, Any]]] = []
    for person_id in person_ids:
        edits.append((people, person_id, erased_values(when)))
    for model, columns in NOTES_BY_MODEL.items():
        table = model.__table__
        for row_id, in connection.execute(select(table.c.id).where(
                table.c.person_id.in_(person_ids),
                or_(*(table.c[name].is_not(None) for name in columns)))):
            edits.append((table, row_id, dict.fromkeys(columns)))
    conflicts = Conflict.__table__
    for row_id, loser_row in connection.execute(select(conflicts.c.id, conflicts.c.loser_row)
                                                .where(conflicts.c.row_id.in_(person_ids))):
        edits.append((conflicts, row_id, {"loser_row": purged_conflict_row(loser_row)}))
    for table in {table for table, _, _ in edits}:
        ids = [row_id for edited, row_id, _ in edits if edited is table]
        newest = connection.execute(select(func.max(table.c.hlc))
                                    .where(table.c.id.in_(ids))).scalar()
        if newest:
            clock.observe(newest)
    audit = [_audit_row(clock, person_id, "erase", f"{reason}; by {by or 'office'}")
             for person_id in person_ids]
    seq = CentralStore._claim_sequence(connection, len(edits) + len(audit))
    for table, row_id, values in edits:
        connection.execute(update(table).where(table.c.id == bindparam("b_id")),
                           {**values, "b_id": row_id, "hlc": clock.now(), "server_seq": seq})
        seq += 1
    for row in audit:
        connection.execute(AuditEntry.__table__.insert(), {**row, "server_seq": seq})
        seq += 1
    return len(edits)


def _audit_row(clock: HybridLogicalClock, person_id: str, action: str,
               detail: str) -> dict[str, Any]:
    return {"id": new_id(), "site": OFFICE_SITE, "hlc": clock.now(), "deleted": False,
            "at": now(), "account_id": None, "action": action, "subject_table": "people",
            "subject_id": person_id, "detail": detail}


def log_office_action(engine: Engine, person_id: str, action: str, detail: str) -> None:
    """Append an office audit entry (an export, for instance) in its own transaction."""
    clock = HybridLogicalClock("office")
    with write_transaction(engine) as connection:
        seq = CentralStore._claim_sequence(connection, 1)
        connection.execute(AuditEntry.__table__.insert(),
                           {**_audit_row(clock, person_id, action, detail), "server_seq": seq})


# -- retention -------------------------------------------------------------------------------

def last_activity_by_person(connection: Connection) -> dict[str, date]:
    """For every live, not yet erased person: the day of the newest thing that involves them
    (registration, access, consultation, request, stay, activity, attended session)."""
    latest: dict[str, date] = {}
    sources: list[Iterable] = [
        connection.execute(select(people.c.id, func.max(people.c.created_at))
                           .group_by(people.c.id)),
    ]
    for table, column in ((Access.__table__, "occurred_at"),
                          (Consultation.__table__, "occurred_at"),
                          (Request.__table__, "opened_on"), (Request.__table__, "closed_on"),
                          (Stay.__table__, "start_on"), (Stay.__table__, "end_on")):
        sources.append(connection.execute(
            select(table.c.person_id, func.max(table.c[column]))
            .where(table.c.person_id.is_not(None)).group_by(table.c.person_id)))
    participations, activities = Participation.__table__, Activity.__table__
    sources.append(connection.execute(
        select(participations.c.person_id, func.max(func.coalesce(activities.c.ends_on,
                                                                  activities.c.starts_on)))
        .join(activities, activities.c.id == participations.c.activity_id)
        .group_by(participations.c.person_id)))
    attendances, sessions = Attendance.__table__, ActivitySession.__table__
    sources.append(connection.execute(
        select(attendances.c.person_id, func.max(sessions.c.held_on))
        .join(sessions, sessions.c.id == attendances.c.session_id)
        .group_by(attendances.c.person_id)))
    for rows in sources:
        for person_id, value in rows:
            if value is not None and person_id is not None:
                seen = _as_day(value)
                if person_id not in latest or seen > latest[person_id]:
                    latest[person_id] = seen
    live = set(connection.execute(select(people.c.id).where(
        people.c.deleted.is_(False), people.c.erased_at.is_(None))).scalars())
    return {person_id: seen for person_id, seen in latest.items() if person_id in live}


def anonymise_inactive(engine: Engine, years: int, today: date | None = None) -> list[str]:
    """Erase everyone with nothing newer than ``years`` years before ``today``; returns their
    ids. Key numbers do not change: the rows they are counted from stay."""
    if years < 1:
        raise InvalidInput("The retention period is at least 1 year: give --years 1 or more.")
    today = today or date.today()
    cutoff = _years_before(today, years)
    with write_transaction(engine) as connection:
        stale = sorted(person_id for person_id, seen
                       in last_activity_by_person(connection).items() if seen < cutoff)
        if stale:
            _erase(connection, stale, f"retention {years} years", "scheduled job")
    return stale


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _as_day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
