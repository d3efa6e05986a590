"""Accesses, consultations and requests: what is stored, what is refused."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.services.accesses import register_access, todays_accesses
from desktop.services.consultations import (
    consultation_notes,
    follow_ups_due,
    record_consultation,
)
from desktop.services.requests import close_request, open_request
from sync.errors import InvalidInput, NotAllowed, NotFound
from sync.schema import Access, AuditEntry, Receipt

MORNING = datetime(2026, 3, 2, 9, 30)


def test_themes_are_stored_once_in_vocabulary_order(desk, add_person, volunteer):
    person = add_person("Rossi", "Marco")
    access = register_access(desk, person.id, ["Debito", "lavoro", "debito"], volunteer.id,
                             occurred_at=MORNING)
    assert access.themes == "lavoro;debito" and access.created_by == volunteer.id
    assert register_access(desk, None, [], volunteer.id).themes == ""


def test_unknown_themes_and_people_are_refused_and_nothing_is_stored(desk, volunteer):
    with pytest.raises(InvalidInput, match="Unknown theme salute"):
        register_access(desk, None, ["lavoro", "salute"], volunteer.id)
    with pytest.raises(NotFound):
        register_access(desk, "no-such-person", ["lavoro"], volunteer.id)
    with pytest.raises(InvalidInput, match="appointment"):
        register_access(desk, None, [], volunteer.id, occurred_at=MORNING,
                        next_appointment=MORNING - timedelta(days=1))
    with desk.reading() as session:
        assert session.scalar(select(func.count()).select_from(Access)) == 0


def test_todays_accesses_are_newest_first_with_names_and_receipts(desk, add_person):
    person = add_person("Rossi", "Marco")
    early = register_access(desk, person.id, ["lavoro"], None, occurred_at=MORNING)
    late = register_access(desk, None, ["famiglia", "casa"], None,
                           occurred_at=MORNING + timedelta(hours=2))
    register_access(desk, person.id, ["lavoro"], None, occurred_at=MORNING - timedelta(days=1))
    with desk.writing() as session:
        session.add(Receipt(number="RHO-2026-000001", year=2026, sequence=1,
                            access_id=early.id, issued_at=MORNING))
    lines = todays_accesses(desk, MORNING.date())
    assert [line.id for line in lines] == [late.id, early.id]
    assert (lines[0].family_name, lines[0].themes, lines[0].receipt_number) == (
        None, ("casa", "famiglia"), None)
    assert (lines[1].family_name, lines[1].receipt_number) == ("Rossi", "RHO-2026-000001")


def test_a_consultation_is_stored_with_its_operator_and_follow_up(desk, add_person, operator):
    person = add_person("Rossi", "Marco")
    access = register_access(desk, person.id, ["lavoro"], operator.id, occurred_at=MORNING)
    consultation = record_consultation(desk, person.id, "lavoro", operator.id,
                                       occurred_at=MORNING, duration_minutes=30,
                                       notes=" CV to update ", follow_up_on=date(2026, 3, 9),
                                       access_id=access.id)
    assert (consultation.operator_id, consultation.notes) == (operator.id, "CV to update")


@pytest.mark.parametrize("changes, problem", [
    ({"theme": "salute"}, "tema sconosciuto"),
    ({"duration_minutes": -5}, "durata"),
    ({"duration_minutes": "half an hour"}, "durata"),
    ({"follow_up_on": date(2026, 3, 1)}, "ricontatto"),
])
def test_consultation_refusals(desk, changes, problem):
    arguments = {"theme": "lavoro", "occurred_at": MORNING, **changes}
    with pytest.raises(InvalidInput) as refused:
        record_consultation(desk, None, account_id=None, **arguments)
    assert problem in refused.value.problems[0]


def test_follow_ups_due_in_a_period_without_notes(desk, add_person):
    person = add_person("Rossi", "Marco")
    for day in (3, 9, 20):
        record_consultation(desk, person.id, "debito", None, occurred_at=MORNING,
                            notes="secret", follow_up_on=date(2026, 3, day))
    due = follow_ups_due(desk, date(2026, 3, 3), date(2026, 3, 9))
    assert [item.follow_up_on.day for item in due] == [3, 9]
    assert due[0].family_name == "Rossi" and not hasattr(due[0], "notes")


def test_notes_are_for_operators_and_every_read_is_logged(desk, operator, volunteer,
                                                          coordinator):
    consultation = record_consultation(desk, None, "debito", operator.id, notes="secret")
    with pytest.raises(NotAllowed):
        consultation_notes(desk, consultation.id, volunteer)
    assert consultation_notes(desk, consultation.id, operator) == "secret"
    assert consultation_notes(desk, consultation.id, coordinator) == "secret"
    with desk.reading() as session:
        reads = session.scalars(select(AuditEntry.account_id).where(
            AuditEntry.action == "read_notes", AuditEntry.subject_id == consultation.id)).all()
    assert sorted(reads) == sorted([operator.id, coordinator.id])


def test_a_request_opens_and_closes_once(desk, add_person, volunteer):
    person = add_person("Rossi", "Marco")
    request = open_request(desk, person.id, "famiglia", date(2026, 3, 1), "pannolini",
                           volunteer.id)
    assert (request.state, request.created_by) == ("aperta", volunteer.id)
    closed = close_request(desk, request.id, "soddisfatta", date(2026, 3, 10), " ok ",
                           volunteer.id)
    assert (closed.state, closed.closed_on, closed.close_reason) == (
        "soddisfatta", date(2026, 3, 10), "ok")
    with pytest.raises(InvalidInput, match="already closed on 10/03/2026"):
        close_request(desk, request.id, "ritirata", date(2026, 3, 11), None, volunteer.id)


def test_request_refusals(desk, add_person):
    person = add_person("Rossi", "Marco")
    with pytest.raises(InvalidInput, match="kind"):
        open_request(desk, person.id, "lavoro", date(2026, 3, 1), None, None)
    with pytest.raises(InvalidInput, match="future"):
        open_request(desk, person.id, "casa", date.today() + timedelta(days=1), None, None)
    with pytest.raises(NotFound):
        open_request(desk, "missing", "casa", date(2026, 3, 1), None, None)
    request = open_request(desk, person.id, "casa", date(2026, 3, 1), None, None)
    with pytest.raises(InvalidInput, match="before the opening"):
        close_request(desk, request.id, "soddisfatta", date(2026, 2, 28), None, None)
    for state in ("aperta", "chiusa"):
        with pytest.raises(InvalidInput, match="not a way to close"):
            close_request(desk, request.id, state, date(2026, 3, 2), None, None)
