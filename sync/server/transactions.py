"""Write transactions at the office that take their lock up front."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that writes. On SQLite it begins IMMEDIATE, so concurrent writers
    queue on the busy timeout instead of failing halfway; PostgreSQL ignores the option."""
    with engine.connect().execution_options(immediate=True) as connection, connection.begin():
        yield connection
