"""Everything this desk holds about one person: the person card and the GDPR export.

The export (GDPR art. 15) carries the consultation notes, so it is for operators and
coordinators and is audit-logged; the card leaves the notes out (``consultation_notes``
reads them one at a time, logged). Casework of other sites is not held here: the office
answers for those.
"""

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.audit import log_event
from desktop.services.guards import acting_account, live_row
from sync.files import write_whole
from sync.register import Register
from sync.schema import (
    Access,
    Activity,
    Consultation,
    Home,
    Participation,
    Person,
    Request,
    Stay,
)

_BOOKKEEPING = frozenset({"hlc", "synced_hlc", "server_seq", "deleted"})


@dataclass
class PersonFile:
    """Plain column -> value dicts, newest first, ready for a card or for JSON."""

    person: dict
    accesses: list[dict] = field(default_factory=list)
    consultations: list[dict] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)
    stays: list[dict] = field(default_factory=list)
    participations: list[dict] = field(default_factory=list)


def person_file(register: Register, person_id: str, include_notes: bool = False) -> PersonFile:
    """The person and their accesses, consultations (without notes unless asked), requests,
    stays (with the home) and participations (with the activity)."""
    with register.reading() as session:
        return _gather(session, person_id, include_notes)


def export_person_data(register: Register, person_id: str, path: Path,
                       account_id: str) -> Path:
    """Write everything about the person, notes included, as one JSON file at ``path``.

    Operators and coordinators only. The audit entry and the file go together: if the file
    cannot be written, no export is logged; the file appears whole or not at all.
    """
    path = Path(path)
    with register.writing(account_id) as session:
        acting_account(session, account_id, "operator")
        gathered = _gather(session, person_id, include_notes=True)
        document = {"exported_at": datetime.now().replace(microsecond=0),
                    "site": register.site, **asdict(gathered)}
        log_event(session, account_id, "export_person_data", "people", person_id,
                  {"file": path.name})
        write_whole(path, json.dumps(document, default=str, ensure_ascii=False, indent=2))
    return path


def _gather(session: Session, person_id: str, include_notes: bool) -> PersonFile:
    person = live_row(session, Person, person_id, "person")
    consultations = _rows(session, Consultation, person_id, Consultation.occurred_at)
    if not include_notes:
        for row in consultations:
            row.pop("notes")
    stays = _joined(session, Stay, Home, Stay.home_id, person_id, Stay.start_on,
                    {"home_description": Home.description,
                     "home_municipality": Home.municipality})
    participations = _joined(session, Participation, Activity, Participation.activity_id,
                             person_id, Activity.starts_on,
                             {"activity_kind": Activity.kind, "activity_title": Activity.title,
                              "activity_starts_on": Activity.starts_on})
    return PersonFile(
        person=_as_dict(person),
        accesses=_rows(session, Access, person_id, Access.occurred_at),
        consultations=consultations,
        requests=_rows(session, Request, person_id, Request.opened_on),
        stays=stays, participations=participations)


def _rows(session: Session, model, person_id: str, newest) -> list[dict]:
    query = (select(model).where(model.person_id == person_id, model.deleted.is_(False))
             .order_by(newest.desc()))
    return [_as_dict(row) for row in session.scalars(query)]


def _joined(session: Session, model, parent, parent_key, person_id: str, newest,
            extra: dict) -> list[dict]:
    query = (select(model, *extra.values()).outerjoin(parent, parent.id == parent_key)
             .where(model.person_id == person_id, model.deleted.is_(False))
             .order_by(newest.desc()))
    return [{**_as_dict(row[0]), **dict(zip(extra, row[1:], strict=True))}
            for row in session.execute(query)]


def _as_dict(row) -> dict:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns
            if column.key not in _BOOKKEEPING}
