"""Four desks and one office: every row lands once, visibility holds, rounds are idempotent."""

from sqlalchemy import func, select

from desktop.legacy.importing import import_folder
from sync.client import read_sync_status, sync_once
from sync.schema import REPLICATED_MODELS, Access, Activity, Home, Person
from tests.datagen import write_legacy_folder
from tests.sync.office import SITES, add_casework

REPLICATED = [model for model in REPLICATED_MODELS if model.__tablename__ != "conflicts"]


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


def test_four_desks_with_imported_legacy_folders_converge_at_the_office(any_office, tmp_path):
    desks = {site: any_office.enrol(tmp_path / site, site) for site in SITES}
    imported = {}
    for number, (site, desk) in enumerate(desks.items()):
        folder = tmp_path / f"legacy-{site}"
        write_legacy_folder(folder, people=30, accesses=60, seed=number + 1, site=site)
        import_folder(desk, folder)
        imported[site] = {model.__tablename__: _count(desk, model) for model in REPLICATED}
    for _ in range(2):
        for desk in desks.values():
            sync_once(desk)
    for table in ("people", "accesses", "consultations", "requests", "homes", "stays",
                  "activities", "participations"):
        expected = sum(counts[table] for counts in imported.values())
        assert any_office.store.row_count(table) == expected, table
    everyone = any_office.store.row_count("people")
    for site, desk in desks.items():
        assert _count(desk, Person) == everyone
        assert _count(desk, Access) == imported[site]["accesses"]
        assert sync_once(desk).sent == 0


def test_pulled_dates_and_times_are_stored_as_the_desk_writes_its_own(any_office, tmp_path):
    """Stored text is compared and sorted in SQL, so a pulled time must not keep the wire's
    ``T`` form (it would sort after every local time of the same day)."""
    writer = any_office.enrol(tmp_path / "writer", "rho")
    add_casework(writer, people=3)
    sync_once(writer)
    reader = any_office.enrol(tmp_path / "reader", "rho")
    sync_once(reader)
    query = ("SELECT id, occurred_at, next_appointment FROM accesses UNION ALL "
             "SELECT id, birth_date, erased_at FROM people ORDER BY id")

    def stored(desk):
        with desk.engine.connect() as connection:
            return connection.exec_driver_sql(query).all()

    assert stored(reader) == stored(writer) and len(stored(reader)) == 6
