"""A desk does not pull back the rows it just pushed, and never skips anyone else's."""

from datetime import datetime

from sqlalchemy import func, select

from sync.client import local_state, sync_once
from sync.client.engine import past_own_rows
from sync.schema import Access, Person
from tests.sync.office import add_casework


def _counter(office) -> int:
    with office.store.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT value FROM counters").scalar_one()


def _cursor(desk) -> int:
    return int(desk.local_value(local_state.PULL_CURSOR))


def _people(desk) -> int:
    with desk.reading() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_a_round_receives_none_of_its_own_rows_and_ends_at_the_office_counter(any_office,
                                                                             tmp_path):
    desk = any_office.enrol(tmp_path / "rho", "rho")
    sync_once(desk)
    add_casework(desk, people=4)
    outcome = sync_once(desk)
    assert (outcome.sent, outcome.received) == (10, 0)
    assert _cursor(desk) == _counter(any_office)
    with desk.reading() as session:  # and they count as exchanged, not pending
        assert session.scalar(select(func.count()).select_from(Person)
                              .where(Person.synced_hlc == Person.hlc)) == 4


def test_another_desks_rows_in_between_are_still_pulled(any_office, tmp_path):
    rho = any_office.enrol(tmp_path / "rho", "rho")
    lainate = any_office.enrol(tmp_path / "lainate", "lainate")
    sync_once(rho)
    add_casework(lainate, people=3)
    sync_once(lainate)  # shared people and lainate's own accesses, after rho's cursor
    add_casework(rho, people=2, tag="later")
    outcome = sync_once(rho)
    assert outcome.sent == 6 and _people(rho) == 5
    # lainate's people, home and activity (not its accesses); then rho's own 6 rows, which
    # no longer follow on from rho's cursor
    assert outcome.received == 5 + 6
    with rho.reading() as session:
        assert session.scalar(select(func.count()).select_from(Access)
                              .where(Access.site == "lainate")) == 0
    assert _cursor(rho) == _counter(any_office)


def test_other_sites_private_rows_move_the_cursor_without_being_sent(any_office, tmp_path):
    rho = any_office.enrol(tmp_path / "rho", "rho")
    settimo = any_office.enrol(tmp_path / "settimo", "settimo")
    add_casework(rho, people=2)
    sync_once(rho)
    assert sync_once(settimo).received == 4  # rho's people, home, activity; no accesses
    with rho.writing() as session:  # the office's newest row is now one of rho's own
        session.add(Access(occurred_at=datetime(2026, 3, 3, 9, 0), themes="lavoro"))
    sync_once(rho)
    assert sync_once(settimo).received == 0
    assert _cursor(settimo) == _counter(any_office)


def test_the_cursor_moves_only_over_ranges_that_follow_on():
    assert past_own_rows(10, [(11, 20)]) == 20
    assert past_own_rows(10, [(21, 30), (11, 20)]) == 30  # replies in any order
    assert past_own_rows(10, [(11, 20), (25, 30)]) == 20  # someone else's rows at 21-24
    assert past_own_rows(10, [(12, 20)]) == 10
    assert past_own_rows(10, []) == 10
