"""A desk's register: one SQLite file, its identity (site and clock node), and its writer.

Every write goes through ``Register.writing()``: one transaction, the write lock taken up
front, change records captured in the same transaction, and afterwards the listeners are told
which tables changed so open views can refresh themselves.
"""

import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from sync import migrate
from sync.changes import CAPTURE
from sync.clock import HybridLogicalClock
from sync.database import create_store_engine, pragma_while, sqlite_url
from sync.errors import InvalidInput, RegisterDamaged, RegisterExists, RegisterMissing
from sync.keys import key_for_file
from sync.paths import register_file
from sync.schema import LocalState
from sync.vocabulary import sites

ChangeListener = Callable[[frozenset[str]], None]
BulkLoad = Callable[[Connection], AbstractContextManager[None]]


class Register:
    """An open desk register. Thread-safe: sessions are per call, the clock is locked."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[ChangeListener] = []
        self._write_lock = threading.Lock()
        self.bulk_load: BulkLoad = lambda _connection: nullcontext()
        """Wraps a large load inside a ``raw_writing`` transaction (e.g. a first pull).
        The desk installs one that suspends its search index and rebuilds it once at the
        end; sync code uses it without knowing the desk's derived tables."""
        state = self._read_state()
        if "site" not in state:
            raise RegisterDamaged(f"The register at {path} has no site: restore a backup or "
                                  "enrol this desk again.")
        self.site: str = state["site"]
        self.node: str = state["node"]
        self.clock = HybridLogicalClock(self.node, state.get("clock"))

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, site: str, key: bytes | None = None) -> "Register":
        """Make an empty register for ``site``, encrypted with ``key`` when given; refuses to
        overwrite an existing one."""
        if site not in sites():
            known = ", ".join(sorted(sites()))
            raise InvalidInput(f"Unknown site '{site}': choose one of {known}.")
        path = register_file(data_dir)
        if path.exists():
            raise RegisterExists(f"A register already exists in {data_dir}; "
                                 "use another --data-dir or remove it first.")
        data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_store_engine(sqlite_url(path), key=key)
        migrate.upgrade(engine)
        node = f"{site}.{secrets.token_hex(3)}"
        with engine.begin() as connection:
            for key, value in (("site", site), ("node", node)):
                connection.execute(LocalState.__table__.insert(), {"key": key, "value": value})
        return cls(path, engine)

    @classmethod
    def open(cls, data_dir: Path) -> "Register":
        """Open (with this user's key when the file is encrypted) and, if the code is newer
        than the file, migrate the register in place."""
        path = register_file(data_dir)
        if not path.exists():
            raise RegisterMissing(f"There is no register in {data_dir}: run 'op-desk init "
                                  "--site SITE' or 'op-desk enroll' first.")
        engine = create_store_engine(sqlite_url(path), key=key_for_file(path))
        migrate.upgrade(engine)
        return cls(path, engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- local state -------------------------------------------------------------------------

    def _read_state(self) -> dict[str, str]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(LocalState.key, LocalState.value))
            return dict(rows.all())

    def local_value(self, key: str) -> str | None:
        with self.engine.connect() as connection:
            return connection.execute(
                select(LocalState.value).where(LocalState.key == key)).scalar_one_or_none()

    def set_local_value(self, session: Session, key: str, value: str) -> None:
        """Set a desk-local fact inside the caller's transaction."""
        session.merge(LocalState(key=key, value=value))

    # -- sessions ----------------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def writing(self, account_id: str | None = None) -> Iterator[Session]:
        """One write transaction with change capture; listeners hear of it after commit."""
        with self._write_lock:
            connection = self.engine.connect().execution_options(immediate=True)
            session = self._sessions(bind=connection)
            capture = {"clock": self.clock, "site": self.site, "account_id": account_id}
            session.info[CAPTURE] = capture
            try:
                with session.begin():
                    yield session
                    session.flush()
                    save_clock(session.connection(), self.clock)
                changed = frozenset(capture.get("touched", ()))
            finally:
                session.close()
                connection.close()
        if changed:
            self.announce(changed)

    @contextmanager
    def raw_writing(self, durable: bool = True) -> Iterator:
        """A Core connection in one immediate transaction, for bulk loads that capture their
        own changes (import, applying pulled rows).

        ``durable=False`` commits without waiting for the disk (synchronous=NORMAL), for
        writes that can be had again from elsewhere, such as what sync records: a power cut
        may lose that last commit whole, never part of it, and the next fully synced commit
        makes it durable with everything before it. Saves a flush (~1-6 ms) per commit."""
        with (self._write_lock,
              self.engine.connect().execution_options(immediate=True) as conn,
              # set outside the transaction, where SQLite takes it
              nullcontext() if durable else pragma_while(conn.connection.driver_connection,
                                                         "synchronous", "NORMAL"),
              conn.begin()):
            yield conn
            save_clock(conn, self.clock)

    # -- change announcements ----------------------------------------------------------------

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def announce(self, tables: frozenset[str]) -> None:
        for listener in list(self._listeners):
            listener(tables)

    def integrity_ok(self) -> bool:
        with self.engine.connect() as connection:
            return connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def save_clock(connection, clock: HybridLogicalClock) -> None:
    """Persist the clock so a restarted desk never issues a stamp it issued before."""
    table = LocalState.__table__
    connection.execute(table.delete().where(table.c.key == "clock"))
    connection.execute(table.insert(), {"key": "clock", "value": clock.now()})
