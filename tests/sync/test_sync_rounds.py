"""Four desks and one office: every row lands once, visibility holds, rounds are idempotent."""

from sqlalchemy import func, select

from sync.client import read_sync_status, sync_once
from sync.schema import Access, Activity, Home, Person
from tests.sync.office import SITES, add_casework


def _count(register, model, **where):
    with register.reading() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query)


def test_four_desks_sync_every_row_exactly_once_and_see_only_what_they_may(any_office,
                                                                          tmp_path):
    desks = {site: any_office.enrol(tmp_path / site, site) for site in SITES}
    for site, desk in desks.items():
        add_casework(desk, people=3 + len(site))
    for desk in desks.values():
        sync_once(desk)
    for desk in desks.values():  # second pass: everyone receives what the later desks sent
        sync_once(desk)

    store = any_office.store
    expected_people = sum(3 + len(site) for site in SITES)
    assert store.row_count("people") == expected_people
    assert store.row_count("accesses") == expected_people
    for site, desk in desks.items():
        assert _count(desk, Person) == expected_people
        assert _count(desk, Home) == len(SITES) and _count(desk, Activity) == len(SITES)
        assert _count(desk, Access) == 3 + len(site)
        assert _count(desk, Access, site=site) == 3 + len(site)  # never another site's
        status = read_sync_status(desk)
        assert status.changes_waiting == 0 and status.last_attempt_online


def test_a_second_round_changes_nothing(any_office, tmp_path):
    desk = any_office.enrol(tmp_path / "rho", "rho")
    add_casework(desk)
    sync_once(desk)
    with any_office.store.engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT value FROM counters").scalar_one()
    again = sync_once(desk)
    with any_office.store.engine.connect() as connection:
        after = connection.exec_driver_sql("SELECT value FROM counters").scalar_one()
    assert (again.sent, again.received, again.conflicts) == (0, 0, 0)
    assert after == before
