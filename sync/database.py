"""Engines for the desk register and the central store, with the settings each needs.

SQLite: WAL (readers never wait for the writer), foreign keys on, ``synchronous=FULL`` at the
desk so a power cut never loses a committed access. Transactions begun with
``immediate=True`` take the write lock up front, so two writers queue instead of failing
halfway with "database is locked".
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from sync.keys import key_pragma

BUSY_TIMEOUT_MS = 15_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def create_store_engine(url: str, *, durable: bool = True, key: bytes | None = None) -> Engine:
    """An engine for ``url``; SQLite gets the pragmas above (``durable`` picks FULL sync).

    With ``key`` the file is a SQLCipher database (pages, WAL and temporary data encrypted),
    opened through the same SQLite dialect with the ``sqlcipher3`` driver: the key is the
    first statement on every new connection.
    """
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    driver = {} if key is None else {"module": _sqlcipher_module()}
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                              "check_same_thread": False}, **driver)
    synchronous = "FULL" if durable else "NORMAL"

    if key is not None:
        @event.listens_for(engine, "connect", insert=True)  # before anything reads the file
        def _unlock(dbapi_connection, _record) -> None:
            dbapi_connection.execute(key_pragma(key))
            dbapi_connection.execute("PRAGMA temp_store=MEMORY")  # sorts never spill in clear

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _sqlcipher_module():
    from sqlcipher3 import dbapi2

    return dbapi2


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def pragma_while(driver_connection, name: str, value: str | int) -> Iterator[None]:
    """``PRAGMA name = value`` on one SQLite driver connection for the block, then as it was
    (the connection goes back to the pool with its usual settings)."""
    previous = driver_connection.execute(f"PRAGMA {name}").fetchone()[0]
    driver_connection.execute(f"PRAGMA {name} = {value}")
    try:
        yield
    finally:
        driver_connection.execute(f"PRAGMA {name} = {previous}")
