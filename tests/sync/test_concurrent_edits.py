"""Concurrent edits, restores, skewed clocks and tombstones, across real desks."""

import pytest
from sqlalchemy import select

from sync.client import dismiss_conflict, list_conflicts, restore_conflict, sync_once
from sync.client.connection import OfficeConnection
from sync.client.pull import pull_all
from sync.clock import HybridLogicalClock, wall_millis
from sync.schema import Access, Conflict, Person
from tests.sync.office import add_casework

DAY_MS = 86_400_000


def _person(register, person_id):
    with register.reading() as session:
        return session.get(Person, person_id)


def _edit(register, person_id, **values):
    with register.writing() as session:
        person = session.get(Person, person_id)
        for name, value in values.items():
            setattr(person, name, value)


@pytest.fixture
def rho_and_lainate(any_office, tmp_path):
    office = any_office
    rho = office.enrol(tmp_path / "rho", "rho")
    lainate = office.enrol(tmp_path / "lainate", "lainate")
    [person_id] = add_casework(rho, people=1)
    sync_once(rho)
    sync_once(lainate)
    yield rho, lainate, person_id
    rho.close()
    lainate.close()


def test_the_same_person_edited_at_two_desks_keeps_one_winner_and_one_restorable_loser(
        rho_and_lainate):
    rho, lainate, person_id = rho_and_lainate
    _edit(rho, person_id, phone="111")
    _edit(lainate, person_id, phone="222")  # later stamp: this one wins
    sync_once(rho)
    outcome = sync_once(lainate)  # lainate's edit overwrites rho's concurrent one
    sync_once(rho)
    assert outcome.conflicts == 1
    assert _person(rho, person_id).phone == _person(lainate, person_id).phone == "222"

    [conflict] = list_conflicts(rho)  # the loser belongs to rho, whose edit lost
    assert list_conflicts(lainate) == []
    assert (conflict.table, conflict.row_id) == ("people", person_id)
    assert conflict.loser_values["phone"] == "111"

    restore_conflict(rho, conflict.id)
    assert list_conflicts(rho) == []
    sync_once(rho)
    sync_once(lainate)
    assert _person(rho, person_id).phone == _person(lainate, person_id).phone == "111"
    with rho.reading() as session:
        assert session.get(Conflict, conflict.id).resolution == "restored"


def test_a_late_loser_is_kept_too_and_can_be_dismissed(rho_and_lainate):
    rho, lainate, person_id = rho_and_lainate
    _edit(lainate, person_id, phone="222")
    _edit(rho, person_id, phone="111")  # later stamp, pushed second: it wins
    sync_once(lainate)
    sync_once(rho)
    sync_once(lainate)
    assert _person(lainate, person_id).phone == "111"
    [conflict] = list_conflicts(lainate)
    assert conflict.loser_values["phone"] == "222"
    dismiss_conflict(lainate, conflict.id)
    sync_once(lainate)
    assert _person(lainate, person_id).phone == "111"
    assert list_conflicts(lainate) == []


@pytest.mark.parametrize("skew_days", [1, -1])
def test_skewed_desk_clocks_reach_the_same_state_and_keep_causal_order(office, tmp_path,
                                                                      skew_days):
    rho = office.enrol(tmp_path / "rho", "rho")
    lainate = office.enrol(tmp_path / "lainate", "lainate")
    rho.clock = HybridLogicalClock(rho.node, rho.clock.now(),
                                   wall=lambda: wall_millis() + skew_days * DAY_MS)
    lainate.clock = HybridLogicalClock(lainate.node, lainate.clock.now(),
                                       wall=lambda: wall_millis() - skew_days * DAY_MS)
    [person_id] = add_casework(rho, people=1)
    sync_once(rho)
    sync_once(lainate)
    _edit(lainate, person_id, phone="seen-and-edited")  # after seeing rho's version
    sync_once(lainate)
    sync_once(rho)
    _edit(rho, person_id, family_name="Bianchi")
    sync_once(rho)
    sync_once(lainate)
    for desk in (rho, lainate):
        person = _person(desk, person_id)
        assert (person.phone, person.family_name) == ("seen-and-edited", "Bianchi")
        assert list_conflicts(desk) == []


def test_a_tombstone_travels_to_every_desk(rho_and_lainate, any_office):
    office = any_office
    rho, lainate, person_id = rho_and_lainate
    _edit(rho, person_id, deleted=True, given_name=None, family_name=None)
    with rho.writing() as session:
        for access in session.scalars(select(Access)):
            access.deleted = True
    sync_once(rho)
    sync_once(lainate)
    assert _person(lainate, person_id).deleted is True
    assert _person(lainate, person_id).family_name is None
    with office.store.engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM accesses WHERE deleted").scalar_one() == 1


def test_a_desk_that_skipped_the_winner_while_its_edit_was_pending_still_receives_it(
        rho_and_lainate):
    rho, lainate, person_id = rho_and_lainate
    _edit(rho, person_id, phone="111")
    _edit(lainate, person_id, phone="222")  # later stamp: the winner
    sync_once(lainate)
    with OfficeConnection(rho.local_value("sync.server"),
                          rho.local_value("sync.token")) as connection:
        pull_all(rho, connection)  # the winner arrives while rho's edit is pending: kept
    assert _person(rho, person_id).phone == "111"
    outcome = sync_once(rho)  # rho's edit loses; the office sends the winner again
    assert outcome.conflicts == 1
    assert _person(rho, person_id).phone == "222"
    again = sync_once(rho)
    assert (again.sent, again.received, again.conflicts) == (0, 0, 0)
