"""The desk's GDPR entry points: consent per purpose, erasure, and the audit trail.

Erasing at a desk blanks the shared person row (it travels to the office and every desk as a
newer version) and the notes of this site's casework about them; the office blanks the other
sites' notes when it erases. Only a coordinator erases or reads the audit trail.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select

from desktop.services.audit import log_event
from desktop.services.guards import acting_account, live_row
from sync.gdpr import consents
from sync.gdpr.erasure import NOTES_BY_MODEL, blank_person, now, purged_conflict_row
from sync.register import Register
from sync.schema import AuditEntry, Conflict, Consent, Person

AUDIT_LOG_EXPORT = "export_audit_log"


@dataclass(frozen=True)
class ConsentState:
    given_on: date
    notice_version: str
    withdrawn_on: date | None


def consent_states(register: Register, person_id: str) -> dict[str, ConsentState]:
    """Purpose -> what holds today: the live consent if there is one, else the latest
    withdrawn one; purposes never asked are left out."""
    with register.reading() as session:
        rows = consents.consents_of(session, person_id)
    states: dict[str, ConsentState] = {}
    for row in sorted(rows, key=lambda row: (row.withdrawn_on is None, row.given_on,
                                             row.withdrawn_on or row.given_on)):
        states[row.purpose] = ConsentState(row.given_on, row.notice_version, row.withdrawn_on)
    return states


def record_consent(register: Register, person_id: str, purpose: str, given_on: date,
                   notice_version: str, account_id: str | None) -> Consent:
    with register.writing(account_id) as session:
        live_row(session, Person, person_id, "person")
        return consents.record_consent(session, person_id, purpose, given_on, notice_version)


def withdraw_consent(register: Register, person_id: str, purpose: str, on: date,
                     account_id: str | None) -> Consent:
    with register.writing(account_id) as session:
        return consents.withdraw_consent(session, person_id, purpose, on)


def erase_person(register: Register, person_id: str, account_id: str | None,
                 reason: str = "art. 17") -> None:
    """Erase the person's personal data here; the erasure travels with the next sync.

    ``account_id`` must be a coordinator's; ``None`` is the desk's own user at the command
    line, who can read the whole register file anyway.
    """
    with register.writing(account_id) as session:
        if account_id is not None:
            acting_account(session, account_id, "coordinator")
        person = live_row(session, Person, person_id, "person")
        blank_person(person, now())
        for model, columns in NOTES_BY_MODEL.items():
            for row in session.scalars(select(model).where(
                    model.person_id == person_id, model.site == register.site,
                    or_(*(getattr(model, name).is_not(None) for name in columns)))):
                for name in columns:
                    setattr(row, name, None)
        for conflict in session.scalars(select(Conflict).where(Conflict.row_id == person_id)):
            conflict.loser_row = purged_conflict_row(conflict.loser_row)
        log_event(session, account_id, "erase", "people", person_id, reason)


def audit_trail(register: Register, account_id: str, limit: int = 500) -> list[AuditEntry]:
    """The newest audit entries (exports, erasures, reads of sensitive notes), for a
    coordinator only."""
    with register.reading() as session:
        acting_account(session, account_id, "coordinator")
        return list(session.scalars(select(AuditEntry).where(AuditEntry.deleted.is_(False))
                                    .order_by(AuditEntry.at.desc()).limit(limit)))


def record_audit_export(register: Register, account_id: str, path: Path,
                        rows: int) -> AuditEntry:
    """Log that a coordinator wrote ``rows`` entries of the trail to ``path``: the file names
    people, so its export is in the trail too."""
    with register.writing(account_id) as session:
        acting_account(session, account_id, "coordinator")
        return log_event(session, account_id, AUDIT_LOG_EXPORT, AuditEntry.__tablename__, None,
                         {"file": Path(path).name, "rows": rows})
