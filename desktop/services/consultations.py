"""Individual consultations, their follow-ups, and their notes kept to operators.

Notes are sensitive: lists never carry them; ``consultation_notes`` hands them to an operator
or coordinator only, and every such read is audit-logged.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.services.audit import log_event
from desktop.services.guards import acting_account, live_person, live_row
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import Access, Account, Consultation, Person
from sync.vocabulary import THEME_CODES, THEMES


def record_consultation(register: Register, person_id: str | None, theme: str,
                        account_id: str | None, occurred_at: datetime | None = None,
                        operator_id: str | None = None, duration_minutes: int | None = None,
                        notes: str | None = None, follow_up_on: date | None = None,
                        access_id: str | None = None) -> Consultation:
    """Store one consultation on one theme; ``operator_id`` defaults to who records it."""
    when = occurred_at or datetime.now().replace(second=0, microsecond=0)
    problems = []
    if theme not in THEME_CODES:
        problems.append(f"tema sconosciuto: {theme} (scegliere tra "
                        f"{', '.join(term.code for term in THEMES)})")
    if duration_minutes is not None and (not isinstance(duration_minutes, int)
                                         or not 0 < duration_minutes <= 24 * 60):
        problems.append("la durata è un numero di minuti tra 1 e 1440")
    if follow_up_on and follow_up_on < when.date():
        problems.append("la data di ricontatto è prima della consulenza")
    if problems:
        raise InvalidInput("The consultation cannot be saved: " + "; ".join(problems) + ".",
                           problems)
    with register.writing(account_id) as session:
        if person_id is not None:
            live_person(session, person_id)
        if access_id is not None:
            live_row(session, Access, access_id, "access")
        consultation = Consultation(
            person_id=person_id, theme=theme, occurred_at=when,
            operator_id=operator_id or account_id, duration_minutes=duration_minutes,
            notes=(notes or "").strip() or None, follow_up_on=follow_up_on,
            access_id=access_id)
        session.add(consultation)
    return consultation


@dataclass(frozen=True)
class FollowUp:
    consultation_id: str
    follow_up_on: date
    theme: str
    person_id: str | None
    family_name: str | None
    given_name: str | None


def follow_ups_due(register: Register, start: date, end: date) -> list[FollowUp]:
    """This desk's consultations to follow up between ``start`` and ``end`` (both included),
    soonest first; without their notes."""
    query = (select(Consultation.id, Consultation.follow_up_on, Consultation.theme,
                    Consultation.person_id, Person.family_name, Person.given_name)
             .outerjoin(Person, Person.id == Consultation.person_id)
             .where(Consultation.site == register.site, Consultation.deleted.is_(False),
                    Consultation.follow_up_on.between(start, end))
             .order_by(Consultation.follow_up_on, Person.family_name, Person.given_name))
    with register.reading() as session:
        return [FollowUp(*row) for row in session.execute(query).all()]


def consultation_notes(register: Register, consultation_id: str, account: Account) -> str:
    """The notes of one consultation, for an operator or coordinator only (``NotAllowed``
    for a volunteer); the read is audit-logged in the same transaction."""
    with register.writing(account.id) as session:
        acting_account(session, account.id, "operator")
        consultation = live_row(session, Consultation, consultation_id, "consultation")
        log_event(session, account.id, "read_notes", "consultations", consultation_id)
        return consultation.notes or ""
