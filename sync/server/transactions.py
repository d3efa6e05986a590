"""Write transactions at the office that take their lock up front."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine

_writers: WeakKeyDictionary = WeakKeyDictionary()
"""Per engine, a re-entrant lock: a nested write would still fail on SQLite's timeout rather
than hang."""
_writers_guard = threading.Lock()


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that writes. On SQLite it begins IMMEDIATE, so concurrent writers
    queue on the busy timeout instead of failing halfway; PostgreSQL ignores the option.

    On SQLite, writers of this process first queue on a lock of their own: SQLite's busy
    handler polls the file lock with growing sleeps (1, 2, 5 ... 100 ms), which made a
    second push in flight wait ~50 ms after the first had committed. Other processes still
    queue on the busy timeout; PostgreSQL writers queue on its row locks only."""
    with (_writer_lock(engine) if engine.dialect.name == "sqlite" else nullcontext()), \
            engine.connect().execution_options(immediate=True) as connection, \
            connection.begin():
        yield connection


def _writer_lock(engine: Engine):
    with _writers_guard:
        return _writers.setdefault(engine, threading.RLock())
