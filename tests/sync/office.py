"""A real central store served by uvicorn on 127.0.0.1, and desks enrolled with it.

No mock of the endpoint: tests talk HTTP to the same app ``op-sync serve`` runs.
"""

import json
import os
import secrets
import socket
import threading
import time
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import uvicorn
from sqlalchemy import create_engine, text

from desktop.services.desk import create_desk
from sync import migrate
from sync.client import bind_credential
from sync.client.connection import OfficeConnection
from sync.client.push import _pending_rows, _read_batch
from sync.enrolment import issue_code
from sync.register import Register
from sync.schema import Access, Activity, Home, Person
from sync.server.app import create_app
from sync.server.limits import ServerLimits
from sync.server.run import open_store
from sync.server.store import CentralStore

POSTGRES_URL = os.environ.get("OP_TEST_POSTGRES_URL")
SITES = ("lainate", "pregnana", "rho", "settimo")


class LiveOffice:
    """The endpoint on a free loopback port, in a thread of this process."""

    def __init__(self, store: CentralStore, limits: ServerLimits | None = None) -> None:
        self.store = store
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(store, limits), log_level="warning",
                                timeout_keep_alive=5)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._socket]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("test server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._socket.close()

    def enrol(self, data_dir: Path, site: str) -> Register:
        """A new desk for ``site`` with a credential from this office."""
        register = create_desk(data_dir, site)
        with OfficeConnection(self.url) as office:
            _, token = office.enrol(issue_code(self.store.engine, site), site)
        bind_credential(register, self.url, token)
        return register


@contextmanager
def store_at(kind: str, folder: Path):
    """A freshly migrated central store: an SQLite file, or a new PostgreSQL schema."""
    if kind == "sqlite":
        store = open_store(f"sqlite:///{folder / 'central.sqlite3'}")
        yield store
        store.engine.dispose()
        return
    schema = f"sync_{secrets.token_hex(4)}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(POSTGRES_URL, pool_pre_ping=True, pool_size=10, max_overflow=30,
                           connect_args={"options": f"-csearch_path={schema}"})
    migrate.upgrade(engine)
    try:
        yield CentralStore(engine)
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def add_casework(register: Register, people: int = 5, tag: str = "") -> list[str]:
    """Some people, one access each, a home and an activity, written as the desk would."""
    ids = []
    with register.writing() as session:
        for index in range(people):
            person = Person(given_name=f"Nome{tag}{index}",
                            family_name=f"Cognome{register.site}",
                            birth_date=date(1980, 1, 1 + index % 28))
            session.add(person)
            session.flush()
            ids.append(person.id)
            session.add(Access(person_id=person.id,
                               occurred_at=datetime(2026, 3, 2, 10, index % 60),
                               themes="lavoro;casa", notes="riservato"))
        session.add(Home(description=f"Alloggio {register.site}{tag}", places=3))
        session.add(Activity(kind="evento", title=f"Festa {register.site}{tag}",
                             starts_on=date(2026, 5, 1), head_count=40))
    return ids


def pending_message(register: Register, table: str | None = None) -> dict:
    """The push message the desk would send now for its pending rows (of ``table`` only,
    if given), decoded, for tests that tamper with it or send it by hand."""
    rows = [key for key in _pending_rows(register) if table in (None, key[0])]
    return json.loads(_read_batch(register, rows).body)
