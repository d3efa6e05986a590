"""The register file: identity, change capture in the same transaction, the clock."""

from datetime import datetime

import pytest
from sqlalchemy import func, select

from sync.errors import RegisterExists, RegisterMissing
from sync.register import Register
from sync.schema import Access, ChangeRecord, Person


def test_a_write_and_its_change_records_commit_together(register):
    with register.writing(account_id="volunteer-1") as session:
        person = Person(given_name="Nicolò", family_name="Rossi")
        session.add(person)
        session.flush()
        session.add(Access(person_id=person.id, occurred_at=datetime(2026, 3, 2, 10, 0)))
    with register.reading() as session:
        changes = session.execute(select(ChangeRecord.table_name)).scalars().all()
        stored = session.get(Person, person.id)
    assert sorted(changes) == ["accesses", "people"]
    assert stored.site == "rho" and stored.created_by == "volunteer-1"


def test_a_failed_write_leaves_neither_row_nor_change_record(register):
    with pytest.raises(ZeroDivisionError), register.writing() as session:
        session.add(Person(given_name="Anna", family_name="Verdi"))
        session.flush()
        raise ZeroDivisionError
    with register.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert session.scalar(select(func.count()).select_from(ChangeRecord)) == 0


def test_every_update_gets_a_later_clock_stamp(register):
    with register.writing() as session:
        person = Person(given_name="Anna", family_name="Verdi")
        session.add(person)
    first = person.hlc
    with register.writing() as session:
        session.get(Person, person.id).phone = "333 1234567"
    with register.reading() as session:
        assert session.get(Person, person.id).hlc > first


def test_a_reopened_register_never_reissues_a_stamp(register, data_dir):
    with register.writing() as session:
        session.add(Person(given_name="Anna", family_name="Verdi"))
    last = register.clock.now()
    register.close()
    reopened = Register.open(data_dir)
    assert reopened.clock.now() > last
    reopened.close()


def test_listeners_hear_which_tables_changed(register):
    heard = []
    register.subscribe(heard.append)
    with register.writing() as session:
        session.add(Person(given_name="Anna", family_name="Verdi"))
    assert heard == [frozenset({"people"})]


def test_init_refuses_an_existing_register_and_open_a_missing_one(register, tmp_path):
    with pytest.raises(RegisterExists):
        Register.create(register.path.parent, "rho")
    with pytest.raises(RegisterMissing):
        Register.open(tmp_path / "nowhere")


def test_the_desk_register_runs_in_wal_with_full_sync_and_foreign_keys(register):
    with register.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1


def test_a_write_without_flush_commits_and_leaves_the_connection_fully_synced(register):
    with register.raw_writing(durable=False) as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        connection.exec_driver_sql(
            "INSERT INTO local_state (key, value) VALUES ('probe', 'kept')")
    with register.raw_writing() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert register.local_value("probe") == "kept"
