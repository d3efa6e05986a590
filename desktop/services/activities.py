"""Group activities, who is enrolled, hiring outcomes and head counts."""

from datetime import date

from sqlalchemy import select

from desktop.services.guards import live_person, live_row
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import Activity, Participation
from sync.vocabulary import ACTIVITY_KIND_CODES, OUTCOME_CODES

TRAINING = "formazione_borsa_lavoro"
"""The only kind whose participants have an outcome (hired or not)."""


def create_activity(register: Register, kind: str, title: str, starts_on: date,
                    ends_on: date | None = None, head_count=None,
                    account_id: str | None = None) -> Activity:
    """A new activity of one of the seven kinds; ``head_count`` as in ``set_head_count``."""
    problems = []
    if kind not in ACTIVITY_KIND_CODES:
        problems.append(f"tipo di attività sconosciuto: {kind}")
    if not (title or "").strip():
        problems.append("il titolo è obbligatorio")
    if ends_on and ends_on < starts_on:
        problems.append("l'attività finisce prima di cominciare")
    if problems:
        raise InvalidInput("The activity cannot be saved: " + "; ".join(problems) + ".",
                           problems)
    count = parse_head_count(head_count)
    with register.writing(account_id) as session:
        activity = Activity(kind=kind, title=title.strip(), starts_on=starts_on,
                            ends_on=ends_on, head_count=count)
        session.add(activity)
    return activity


def enrol(register: Register, activity_id: str, person_id: str,
          account_id: str | None = None) -> Participation:
    """Enrol a person; idempotent: enrolling again returns the existing participation."""
    with register.writing(account_id) as session:
        live_row(session, Activity, activity_id, "activity")
        live_person(session, person_id)
        existing = _participation(session, activity_id, person_id)
        if existing:
            return existing
        participation = Participation(activity_id=activity_id, person_id=person_id)
        session.add(participation)
    return participation


def set_outcome(register: Register, activity_id: str, person_id: str, outcome: str | None,
                account_id: str | None = None) -> Participation:
    """Record that an enrolled person was hired (``"assunto"``) or clear it (None); only for
    training and work grants."""
    if outcome is not None and outcome not in OUTCOME_CODES:
        raise InvalidInput(f"Unknown outcome '{outcome}': use 'assunto' or nothing.")
    with register.writing(account_id) as session:
        activity = live_row(session, Activity, activity_id, "activity")
        if activity.kind != TRAINING:
            raise InvalidInput("Only training and work-grant activities record whether a "
                               "participant was hired.")
        participation = _participation(session, activity_id, person_id)
        if participation is None:
            raise InvalidInput("This person is not enrolled in the activity: enrol them first.")
        if participation.outcome != outcome:
            participation.outcome = outcome
    return participation


def set_head_count(register: Register, activity_id: str, value,
                   account_id: str | None = None) -> Activity:
    """Set how many took part where people are not named; empty clears it."""
    count = parse_head_count(value)
    with register.writing(account_id) as session:
        activity = live_row(session, Activity, activity_id, "activity")
        if activity.head_count != count:
            activity.head_count = count
    return activity


def parse_head_count(value) -> int | None:
    """A head count from a number or typed text; None when empty; refuses the rest."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        value = "not a number"
    try:
        count = int(value.strip()) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"The number of participants must be a whole number, "
                           f"not '{value}'.") from None
    if count != value and not isinstance(value, str):
        raise InvalidInput(f"The number of participants must be a whole number, not {value}.")
    if count < 0:
        raise InvalidInput("The number of participants cannot be negative.")
    return count


def _participation(session, activity_id: str, person_id: str) -> Participation | None:
    return session.scalars(select(Participation).where(
        Participation.activity_id == activity_id, Participation.person_id == person_id,
        Participation.deleted.is_(False))).first()
