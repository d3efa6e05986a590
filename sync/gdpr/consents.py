"""Consent per purpose (GDPR art. 6-7), with the version of the notice it was given for.

A person may agree to some purposes and not others; each agreement is one ``consents`` row.
Withdrawing sets ``withdrawn_on`` (it is not a deletion: what was allowed when must still be
shown). Giving consent again after a withdrawal makes a new row.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.errors import InvalidInput, NotFound
from sync.schema import Consent

PURPOSES = {
    "registro": "registrazione degli accessi e accompagnamento allo sportello",
    "ricontatto": "ricontatto per telefono o email (appuntamenti, opportunità)",
    "attivita": "partecipazione ad attività di gruppo e corsi",
    "statistiche": "conteggi anonimi per i finanziatori del progetto",
}
"""Purpose code → what the person agrees to (the wording of the notice)."""


def record_consent(session: Session, person_id: str, purpose: str, given_on: date,
                   notice_version: str) -> Consent:
    """Record consent to ``purpose``; a no-op returning the live row when it is already
    given for the same notice version."""
    problems = []
    if purpose not in PURPOSES:
        problems.append(f"finalità sconosciuta: {purpose} (scegliere tra "
                        f"{', '.join(sorted(PURPOSES))})")
    if not (notice_version or "").strip():
        problems.append("indicare la versione dell'informativa")
    if given_on > date.today():
        problems.append("la data del consenso è nel futuro")
    if problems:
        raise InvalidInput("The consent cannot be recorded: " + "; ".join(problems) + ".",
                           problems)
    current = active_consent(session, person_id, purpose)
    if current is not None and current.notice_version == notice_version.strip():
        return current
    if current is not None:
        current.withdrawn_on = given_on  # superseded by consent to the newer notice
    consent = Consent(person_id=person_id, purpose=purpose, given_on=given_on,
                      notice_version=notice_version.strip())
    session.add(consent)
    session.flush()
    return consent


def withdraw_consent(session: Session, person_id: str, purpose: str, on: date) -> Consent:
    current = active_consent(session, person_id, purpose)
    if current is None:
        raise NotFound(f"There is no consent to '{purpose}' to withdraw for this person.")
    current.withdrawn_on = on
    return current


def active_consent(session: Session, person_id: str, purpose: str) -> Consent | None:
    return session.scalars(select(Consent).where(
        Consent.person_id == person_id, Consent.purpose == purpose,
        Consent.withdrawn_on.is_(None), Consent.deleted.is_(False))
        .order_by(Consent.given_on.desc())).first()


def consents_of(session: Session, person_id: str) -> list[Consent]:
    """Every consent row of the person, given and withdrawn, oldest first."""
    return list(session.scalars(select(Consent).where(
        Consent.person_id == person_id, Consent.deleted.is_(False))
        .order_by(Consent.given_on, Consent.purpose)))
