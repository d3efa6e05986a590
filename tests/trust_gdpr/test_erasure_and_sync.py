"""Erasure (art. 17) travels through sync and stays, also against a desk that was offline."""

import json
from datetime import datetime

import pytest
from sqlalchemy import func, select

from desktop.services.privacy import erase_person
from sync.client import sync_once
from sync.gdpr.erasure import PERSONAL_FIELDS
from sync.gdpr.office import erase_at_office
from sync.schema import Access, Conflict, Person
from tests.sync.office import add_casework


@pytest.fixture
def rho_and_lainate(office, tmp_path):
    rho = office.enrol(tmp_path / "rho", "rho")
    lainate = office.enrol(tmp_path / "lainate", "lainate")
    person_id, other_id = add_casework(rho, people=2)
    sync_once(rho)
    sync_once(lainate)
    yield rho, lainate, person_id, other_id
    rho.close()
    lainate.close()


def _person(register, person_id) -> Person:
    with register.reading() as session:
        return session.get(Person, person_id)


def _office_person(office, person_id):
    people = Person.__table__
    with office.store.engine.connect() as connection:
        return connection.execute(select(people).where(people.c.id == person_id)).one()


def _key_numbers(engine) -> tuple[int, int]:
    with engine.connect() as connection:
        return (connection.execute(select(func.count()).select_from(Person)).scalar_one(),
                connection.execute(select(func.count()).select_from(Access)
                                   .where(Access.deleted.is_(False))).scalar_one())


def _assert_erased(row) -> None:
    assert row.erased_at is not None
    assert all(getattr(row, name) is None for name in PERSONAL_FIELDS)


def _edit_phone(register, person_id, phone):
    with register.writing() as session:
        session.get(Person, person_id).phone = phone


def test_erasure_at_a_desk_reaches_the_office_and_every_desk_and_counts_keep(
        office, rho_and_lainate):
    rho, lainate, person_id, other_id = rho_and_lainate
    before = _key_numbers(office.store.engine)
    erase_person(rho, person_id, None)
    sync_once(rho)
    sync_once(lainate)
    _assert_erased(_person(lainate, person_id))
    _assert_erased(_office_person(office, person_id))
    assert _person(lainate, other_id).given_name is not None  # only that person
    assert _key_numbers(office.store.engine) == before
    with rho.reading() as session:
        notes = session.scalars(select(Access.notes).where(Access.person_id == person_id))
        assert list(notes) == [None]


def test_office_erasure_beats_an_offline_desk_that_edited_the_person_before_it(
        office, rho_and_lainate):
    rho, lainate, person_id, _ = rho_and_lainate
    _edit_phone(lainate, person_id, "333 1234567")  # offline edit, older than the erasure
    erase_at_office(office.store.engine, person_id)
    sync_once(lainate)
    sync_once(rho)
    for row in (_person(lainate, person_id), _person(rho, person_id),
                _office_person(office, person_id)):
        _assert_erased(row)
    _assert_no_conflict_keeps(office, lainate, "333 1234567")


def test_office_erasure_holds_against_a_desk_edit_stamped_after_it(office, rho_and_lainate):
    rho, lainate, person_id, _ = rho_and_lainate
    erase_at_office(office.store.engine, person_id)
    _edit_phone(lainate, person_id, "333 7654321")  # offline, newer stamp than the erasure
    sync_once(lainate)
    sync_once(lainate)  # and a replay of the same old change goes nowhere either
    sync_once(rho)
    for row in (_person(lainate, person_id), _person(rho, person_id),
                _office_person(office, person_id)):
        _assert_erased(row)
    _assert_no_conflict_keeps(office, lainate, "333 7654321")


def test_a_desk_erasure_survives_a_concurrent_edit_at_another_desk(office, rho_and_lainate):
    rho, lainate, person_id, _ = rho_and_lainate
    erase_person(rho, person_id, None)
    sync_once(rho)
    _edit_phone(lainate, person_id, "02 555 1234")  # lainate has not pulled the erasure yet
    sync_once(lainate)
    sync_once(rho)
    for row in (_person(lainate, person_id), _person(rho, person_id),
                _office_person(office, person_id)):
        _assert_erased(row)


def test_office_erasure_writes_an_audit_entry_and_keeps_the_key_numbers(office,
                                                                        rho_and_lainate):
    rho, _, person_id, _ = rho_and_lainate
    before = _key_numbers(office.store.engine)
    erase_at_office(office.store.engine, person_id, by="test")
    assert _key_numbers(office.store.engine) == before
    with office.store.engine.connect() as connection:
        actions = connection.execute(select(func.count()).select_from(Conflict)).scalar_one()
        assert actions == 0
        audit = connection.exec_driver_sql(
            "SELECT action, subject_id FROM audit_log WHERE site = 'office'").all()
    assert [tuple(row) for row in audit] == [("erase", person_id)]
    sync_once(rho)
    with rho.reading() as session:
        assert session.scalars(select(Access.notes).where(Access.person_id == person_id)
                               ).all() == [None]
        assert session.get(Person, person_id).erased_at <= datetime.now()


def _assert_no_conflict_keeps(office, register, text: str) -> None:
    """The losing versions kept for review do not smuggle the personal data back."""
    with office.store.engine.connect() as connection:
        kept = connection.execute(select(Conflict.__table__.c.loser_row)).scalars().all()
    with register.reading() as session:
        kept += session.scalars(select(Conflict.loser_row)).all()
    assert all(text not in row for row in kept), kept
    assert all(json.loads(row).get("given_name") is None for row in kept)
