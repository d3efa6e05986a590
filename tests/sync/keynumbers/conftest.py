"""A migrated central store per test, on SQLite and (when OP_TEST_POSTGRES_URL is set)
on PostgreSQL, so every known-numbers test runs on both databases."""

import os
import secrets
import shutil

import pytest
from sqlalchemy import create_engine, text

from sync.database import create_store_engine, sqlite_url
from sync.migrate import upgrade
from sync.schema import Base
from tests.sync.keynumbers.builder import StoreBuilder

POSTGRES_URL = os.environ.get("OP_TEST_POSTGRES_URL")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """One migrated SQLite file, copied for each test (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "store.sqlite3"
    engine = create_store_engine(sqlite_url(path), durable=False)
    upgrade(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_engine():
    """A fresh schema in the test PostgreSQL, migrated once, dropped at the end of the run."""
    if not POSTGRES_URL:
        pytest.skip("OP_TEST_POSTGRES_URL is not set")
    schema = f"keynumbers_{secrets.token_hex(4)}"
    admin = create_store_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
    upgrade(engine)
    yield engine
    engine.dispose()
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, sqlite_template, tmp_path):
    """An empty, migrated central store."""
    if request.param == "sqlite":
        path = tmp_path / "store.sqlite3"
        shutil.copy(sqlite_template, path)
        engine = create_store_engine(sqlite_url(path), durable=False)
        yield engine
        engine.dispose()
        return
    engine = request.getfixturevalue("postgres_engine")
    tables = ", ".join(f'"{table}"' for table in Base.metadata.tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables}"))
    yield engine


@pytest.fixture
def build(store):
    return StoreBuilder(store)
