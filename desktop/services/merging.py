"""Merging two records of the same person, and undoing a merge exactly.

Everything that points at the dropped record and this desk may write (its own site's
accesses, consultations and requests; the shared stays, participations and attendances) moves
to the kept one; details the kept record lacks are filled from the dropped one; the dropped
record stays, marked ``merged_into`` the kept one, so references this desk cannot see (other
sites' casework) still lead somewhere. What moved is written in the merge's audit entry, which
is what ``undo_merge`` puts back, and only that.
"""

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.audit import log_event
from desktop.services.guards import acting_account, live_person, live_row
from sync.errors import InvalidInput, NotFound
from sync.register import Register
from sync.schema import (
    Access,
    Attendance,
    AuditEntry,
    Consultation,
    Participation,
    Person,
    Request,
    Stay,
)

MERGE, UNDO = "merge_people", "undo_merge"
SITE_SCOPED = (Access, Consultation, Request)
ONE_PER_PERSON = {Participation: "activity_id", Attendance: "session_id"}
"""Shared rows a person holds at most one of per activity (per session): when both records
hold one, the dropped record's is tombstoned instead of moved."""
MOVED_MODELS = {model.__tablename__: model for model in (*SITE_SCOPED, Stay, *ONE_PER_PERSON)}
"""The tables whose rows follow a person through a merge."""
FILLABLE = ("tax_code", "birth_date", "sex", "municipality", "phone", "email", "consent_date",
            "consent_notice_version")


def merge_people(register: Register, keep_id: str, drop_id: str, account_id: str) -> str:
    """Merge ``drop_id`` into ``keep_id``; returns the merge id for ``undo_merge``.

    When both were enrolled in the same activity (or marked present at the same session) the
    dropped record's row is tombstoned rather than moved (one person, one enrolment), and a
    hiring outcome the dropped enrolment carried is kept.
    """
    if keep_id == drop_id:
        raise InvalidInput("A person cannot be merged with the same record: pick two.")
    with register.writing(account_id) as session:
        acting_account(session, account_id, "volunteer")
        keep, drop = live_person(session, keep_id), live_person(session, drop_id)
        moved = {table: [] for table in MOVED_MODELS}
        for model in (*SITE_SCOPED, Stay):
            for row in _pointing_at(session, model, drop_id, register.site):
                row.person_id = keep_id
                moved[model.__tablename__].append(row.id)
        tombstoned = {model.__tablename__: [] for model in ONE_PER_PERSON}
        twins = {model: _merge_one_per_person(session, model, keep_id, drop_id, moved,
                                              tombstoned)
                 for model in ONE_PER_PERSON}
        outcome_set = _carry_outcomes(twins[Participation])
        filled = {}
        for field in FILLABLE:
            if getattr(keep, field) is None and getattr(drop, field) is not None:
                setattr(keep, field, getattr(drop, field))
                filled[field] = getattr(drop, field)
        drop.merged_into = keep_id
        entry = log_event(session, account_id, MERGE, "people", drop_id, {
            "keep": keep_id, "drop": drop_id, "moved": moved, "tombstoned": tombstoned,
            "outcome_set": outcome_set, "filled": filled})
        return entry.id


def undo_merge(register: Register, merge_id: str, account_id: str) -> None:
    """Put back exactly what the merge moved, tombstoned and filled; refuses a second undo.

    A moved row that was since pointed elsewhere, or a filled detail that was since
    corrected, is left as it is now.
    """
    with register.writing(account_id) as session:
        acting_account(session, account_id, "volunteer")
        entry = session.get(AuditEntry, merge_id)
        if entry is None or entry.action != MERGE:
            raise NotFound("That merge was not found: pick it again from the list of merges.")
        record = json.loads(entry.detail)
        keep_id, drop_id = record["keep"], record["drop"]
        drop = live_row(session, Person, drop_id, "merged person")
        if drop.merged_into != keep_id:
            raise InvalidInput("This merge was already undone.")
        for table, ids in record["moved"].items():
            model = MOVED_MODELS[table]
            for row_id in ids:
                row = session.get(model, row_id)
                if row is not None and row.person_id == keep_id:
                    row.person_id = drop_id
        tombstoned = record["tombstoned"]
        if isinstance(tombstoned, list):  # recorded before attendances followed a merge
            tombstoned = {Participation.__tablename__: tombstoned}
        for table, ids in tombstoned.items():
            for row_id in ids:
                session.get(MOVED_MODELS[table], row_id).deleted = False
        for row_id in record["outcome_set"]:
            session.get(Participation, row_id).outcome = None
        keep = session.get(Person, keep_id)
        for field, value in record["filled"].items():
            if _as_stored(getattr(keep, field)) == value:
                setattr(keep, field, None)
        drop.merged_into = None
        log_event(session, account_id, UNDO, "audit_log", merge_id,
                  {"keep": keep_id, "drop": drop_id})


def _pointing_at(session: Session, model, person_id: str, site: str) -> list:
    query = select(model).where(model.person_id == person_id, model.deleted.is_(False))
    if model in SITE_SCOPED:
        query = query.where(model.site == site)
    return session.scalars(query.order_by(model.id)).all()


def _merge_one_per_person(session: Session, model, keep_id: str, drop_id: str,
                          moved: dict[str, list[str]], tombstoned: dict[str, list[str]]
                          ) -> list[tuple]:
    """Move the dropped record's rows of ``model``, tombstoning those the kept record
    already has a twin of; returns the (tombstoned row, twin) pairs."""
    key, table = ONE_PER_PERSON[model], model.__tablename__
    kept = {getattr(row, key): row for row in _pointing_at(session, model, keep_id, "")}
    pairs = []
    for row in _pointing_at(session, model, drop_id, ""):
        twin = kept.get(getattr(row, key))
        if twin is None:
            row.person_id = keep_id
            moved[table].append(row.id)
            continue
        row.deleted = True
        tombstoned[table].append(row.id)
        pairs.append((row, twin))
    return pairs


def _carry_outcomes(enrolment_twins: list[tuple[Participation, Participation]]) -> list[str]:
    """A hiring outcome on a tombstoned enrolment moves to its twin; returns the twins set."""
    outcome_set = []
    for row, twin in enrolment_twins:
        if row.outcome and not twin.outcome:
            twin.outcome = row.outcome
            outcome_set.append(twin.id)
    return outcome_set


def _as_stored(value):
    """A value as the merge record holds it (JSON: dates as ISO text)."""
    return value.isoformat() if isinstance(value, date) else value
