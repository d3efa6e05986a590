"""The audit trail as the dialog shows it: names instead of ids, read on the runner.

``desktop.services.privacy.audit_trail`` decides who may read the trail (coordinators only);
this module only puts names next to its ids. Plain Python, no Qt: the wording (in the
volunteer's language) is the dialog's job, on the GUI thread.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.privacy import audit_trail
from sync.gdpr.office import OFFICE_SITE
from sync.register import Register
from sync.schema import Account, AuditEntry, Consultation, Person

PERSON_KEYS = ("keep", "drop")
"""Keys of a JSON detail that hold a person's id (a merge's two records)."""


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime
    who: str | None
    """The account's display name; None when nobody was signed in or the account is not
    held here (another desk's)."""
    anonymous: bool
    """Written with nobody signed in: at the office, or with the desk's command line."""
    by_office: bool
    action: str
    subject_table: str | None
    person: str | None
    """The name of the person the entry is about, or None (none, or erased since)."""
    person_erased: bool
    detail: str | None
    """The detail as written, when it is plain text."""
    facts: dict[str, Any] = field(default_factory=dict)
    """The detail's plain values, when it was written as JSON (person ids already names)."""


def read_audit_rows(register: Register, account_id: str, limit: int = 500) -> list[AuditRow]:
    """The newest entries first, with names; ``NotAllowed`` unless ``account_id`` is a
    coordinator's."""
    entries = audit_trail(register, account_id, limit)
    with register.reading() as session:
        accounts = _display_names(session, {entry.account_id for entry in entries})
        subjects = _subject_people(session, entries)
        facts = {entry.id: _facts(entry.detail) for entry in entries}
        people = _people(session, set(subjects.values()) | {
            value for entry_facts in facts.values() if entry_facts
            for key, value in entry_facts.items() if key in PERSON_KEYS})
    return [_row(entry, accounts, people, subjects.get(entry.id), facts[entry.id])
            for entry in entries]


def person_name(person: Person) -> str | None:
    """Surname first, as the register lists people; None once erased."""
    return " ".join(part for part in (person.family_name, person.given_name) if part) or None


def _row(entry: AuditEntry, accounts: dict[str, str], people: dict[str, Person],
         person_id: str | None, facts: dict[str, Any] | None) -> AuditRow:
    person = people.get(person_id) if person_id else None
    named = {key: _named(people, value) if key in PERSON_KEYS else value
             for key, value in (facts or {}).items()}
    return AuditRow(
        id=entry.id, at=entry.at, who=accounts.get(entry.account_id),
        anonymous=entry.account_id is None,
        by_office=entry.site == OFFICE_SITE, action=entry.action,
        subject_table=entry.subject_table,
        person=person_name(person) if person else None,
        person_erased=person is not None and person.erased_at is not None,
        detail=entry.detail if facts is None else None, facts=named)


def _named(people: dict[str, Person], person_id: str) -> str:
    """The person's name, or the id when the record is gone or erased."""
    person = people.get(person_id)
    return (person_name(person) if person else None) or person_id


def _display_names(session: Session, account_ids: set[str | None]) -> dict[str, str]:
    ids = account_ids - {None}
    if not ids:
        return {}
    return dict(session.execute(select(Account.id, Account.display_name)
                                .where(Account.id.in_(ids))).all())


def _subject_people(session: Session, entries: list[AuditEntry]) -> dict[str, str]:
    """Entry id -> the id of the person it is about (directly, or through a consultation)."""
    subjects = {entry.id: entry.subject_id for entry in entries
                if entry.subject_table == Person.__tablename__ and entry.subject_id}
    consultation_ids = {entry.subject_id for entry in entries
                        if entry.subject_table == Consultation.__tablename__}
    if consultation_ids:
        owners = dict(session.execute(select(Consultation.id, Consultation.person_id)
                                      .where(Consultation.id.in_(consultation_ids))).all())
        subjects.update({entry.id: owners[entry.subject_id] for entry in entries
                         if owners.get(entry.subject_id)})
    return subjects


def _people(session: Session, person_ids: set[str]) -> dict[str, Person]:
    if not person_ids:
        return {}
    return {person.id: person for person in
            session.scalars(select(Person).where(Person.id.in_(person_ids)))}


def _facts(detail: str | None) -> dict[str, Any] | None:
    """The plain (text, number) values of a JSON detail; None for free text."""
    try:
        parsed = json.loads(detail) if detail else None
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None
    return {key: value for key, value in parsed.items()
            if isinstance(value, str | int | float) and not isinstance(value, bool)}
