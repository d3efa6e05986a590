"""Registering an access at the desk, and the day's list ("Oggi")."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.services.guards import live_person
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import Access, Person, Receipt
from sync.vocabulary import THEMES


def themes_field(themes) -> str:
    """Theme codes as stored: known codes only, each once, in the THEMES order, joined by
    ``;`` (so a count per theme is one SQL aggregate). No theme at all is allowed."""
    wanted = {str(code).strip().lower() for code in themes or ()} - {""}
    known = [term.code for term in THEMES]
    unknown = sorted(wanted - set(known))
    if unknown:
        raise InvalidInput(f"Unknown theme {', '.join(unknown)}: choose among "
                           f"{', '.join(known)}.", [f"tema sconosciuto: {code}"
                                                    for code in unknown])
    return ";".join(code for code in known if code in wanted)


def register_access(register: Register, person_id: str | None, themes, account_id: str | None,
                    occurred_at: datetime | None = None, notes: str | None = None,
                    next_appointment: datetime | None = None) -> Access:
    """Store one access (``person_id`` None: anonymous) and return it, id included."""
    stored_themes = themes_field(themes)
    when = occurred_at or datetime.now().replace(second=0, microsecond=0)
    if next_appointment and next_appointment < when:
        raise InvalidInput("The next appointment is before the access: check its date.")
    with register.writing(account_id) as session:
        if person_id is not None:
            live_person(session, person_id)
        access = Access(person_id=person_id, occurred_at=when, themes=stored_themes,
                        notes=(notes or "").strip() or None, next_appointment=next_appointment)
        session.add(access)
    return access


@dataclass(frozen=True)
class AccessLine:
    """One line of the day's list; the names are None for an anonymous access."""

    id: str
    occurred_at: datetime
    person_id: str | None
    family_name: str | None
    given_name: str | None
    themes: tuple[str, ...]
    receipt_number: str | None


def todays_accesses(register: Register, day: date) -> list[AccessLine]:
    """This desk's accesses on ``day``, newest first, with the person's name and the latest
    receipt number issued for each."""
    start = datetime.combine(day, time())
    latest_receipt = (select(Receipt.number).where(Receipt.access_id == Access.id,
                                                   Receipt.deleted.is_(False))
                      .order_by(Receipt.issued_at.desc()).limit(1).scalar_subquery())
    query = (select(Access.id, Access.occurred_at, Access.person_id, Person.family_name,
                    Person.given_name, Access.themes, latest_receipt)
             .outerjoin(Person, Person.id == Access.person_id)
             .where(Access.site == register.site, Access.deleted.is_(False),
                    Access.occurred_at >= start, Access.occurred_at < start + timedelta(1))
             .order_by(Access.occurred_at.desc(), Access.id.desc()))
    with register.reading() as session:
        rows = session.execute(query).all()
    return [AccessLine(row[0], row[1], row[2], row[3], row[4],
                       tuple(filter(None, row[5].split(";"))), row[6]) for row in rows]
