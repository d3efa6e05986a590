"""Migrations: a register made by an older release opens under this one with every row kept."""

from datetime import date, datetime

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from sync import migrate
from sync.clock import HybridLogicalClock
from sync.database import create_store_engine, sqlite_url
from sync.ids import new_id
from sync.register import Register
from sync.schema import Access, Base, Person

FIRST_REVISION = "0001"


def _old_register(folder):
    """A register as release 0.1 wrote it: schema at the first revision, rows inside."""
    folder.mkdir(parents=True)
    engine = create_store_engine(sqlite_url(folder / "register.sqlite3"))
    migrate.upgrade(engine, FIRST_REVISION)
    clock = HybridLogicalClock("rho.old")
    person_id, access_id = new_id(), new_id()
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO local_state (key, value) VALUES ('site', 'rho'), ('node', 'rho.old')"))
        connection.execute(text(
            "INSERT INTO people (id, site, hlc, deleted, given_name, family_name, tax_code, "
            "birth_date, consent_date, consent_notice_version) VALUES (:id, 'rho', :hlc, 0, "
            "'Nicolò', 'Rossi', 'RSSNCL80A01H264X', '1980-01-01', '2025-05-02', '2025-01')"),
            {"id": person_id, "hlc": clock.now()})
        connection.execute(text(
            "INSERT INTO accesses (id, site, hlc, deleted, person_id, occurred_at, themes) "
            "VALUES (:id, 'rho', :hlc, 0, :person, '2025-05-02 10:30:00.000000', 'lavoro;casa')"),
            {"id": access_id, "hlc": clock.now(), "person": person_id})
    engine.dispose()
    return person_id, access_id


def test_opening_an_old_register_migrates_it_in_place_keeping_every_row(tmp_path):
    assert migrate.head_revision() != FIRST_REVISION, "no later revision to migrate through"
    folder = tmp_path / "desk"
    person_id, access_id = _old_register(folder)

    register = Register.open(folder)

    assert migrate.current_revision(register.engine) == migrate.head_revision()
    with register.reading() as session:
        person = session.get(Person, person_id)
        access = session.get(Access, access_id)
    assert (person.given_name, person.birth_date, person.consent_date) == (
        "Nicolò", date(1980, 1, 1), date(2025, 5, 2))
    assert (access.person_id, access.occurred_at, access.themes) == (
        person_id, datetime(2025, 5, 2, 10, 30), "lavoro;casa")
    register.close()


def test_every_model_table_exists_after_migrating_and_matches_the_models(register):
    tables = set(inspect(register.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with register.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            connection.execute(select(table).limit(1)).all()  # every mapped column exists


def test_the_migrated_store_has_exactly_the_models_tables_columns_and_indexes(any_office):
    with any_office.store.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    assert differences == []


def test_no_index_is_a_left_prefix_of_a_longer_one_on_the_same_table():
    """Such an index is never faster to read than the longer one, yet every insert pays
    for it (push applies 100,000 rows at the office)."""
    redundant = []
    for table in Base.metadata.sorted_tables:
        keys = {index.name: [column.name for column in index.columns]
                for index in table.indexes if not index.unique}
        redundant += [(name, longer) for name, columns in keys.items()
                      for longer, longer_columns in keys.items()
                      if len(columns) < len(longer_columns)
                      and longer_columns[:len(columns)] == columns]
    assert redundant == []


def test_an_office_store_with_short_times_gets_them_in_the_schemas_form(tmp_path):
    engine = create_store_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}", durable=False)
    migrate.upgrade(engine, "0008")
    with engine.begin() as connection:  # as the old office inserted pushed rows
        connection.execute(text(
            "INSERT INTO accesses (id, site, hlc, deleted, occurred_at, themes, server_seq) "
            "VALUES (:id, 'rho', '000001700000000-000000-rho.a', 0, '2026-03-02 00:00:00', "
            "'lavoro', 1)"), {"id": new_id()})
    migrate.upgrade(engine)
    with engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT occurred_at FROM accesses").scalar_one()
        from_midnight = connection.scalar(select(Access.id).where(
            Access.occurred_at >= datetime(2026, 3, 2)))
    engine.dispose()
    assert stored == "2026-03-02 00:00:00.000000"
    assert from_midnight is not None  # the short form sorted before its own midnight
