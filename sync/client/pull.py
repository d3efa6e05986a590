"""Bringing the office's changes into the desk register.

Pulled rows are written with Core bulk upserts and NO change capture (they are not local
changes), each page in one transaction together with the cursor that covers it, so a pull cut
off anywhere resumes exactly where the last committed page ended. A row the desk has changed
since its last push is left alone: the desk's version goes up next time and the office
resolves it. A row is only replaced by a version with a greater stamp (or, for people, by
an erasure: erasure is sticky), so applying a page twice changes nothing.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Dialect, bindparam, select

from sync.client import local_state
from sync.client.connection import OfficeConnection
from sync.client.push import Acknowledgement
from sync.protocol import DEFAULT_PAGE_ROWS, value_decoders, wire_columns
from sync.register import Register
from sync.schema import MODEL_BY_TABLE, ChangeRecord

changes = ChangeRecord.__table__
_PENDING_IDS = select(changes.c.row_id).where(changes.c.table_name == bindparam("table"))
CATCH_UP_ROWS = 100_000
"""Rows applied in one transaction while catching up: the work a cut-off pull can lose,
against one search index rebuild per group (about 1 s per 50,000 people)."""


def pull_all(register: Register, office: OfficeConnection, page_rows: int = DEFAULT_PAGE_ROWS,
             progress: Callable[[int], None] | None = None,
             finishing: dict[str, str] | None = None, since: int | None = None,
             deferred: list[Acknowledgement] | None = None) -> int:
    """Pull every page waiting for this desk; returns how many rows were received.
    ``finishing`` (local facts, e.g. the round's outcome) is written with the last cursor,
    so it costs no commit of its own. ``since`` is the cursor if the caller already read it.
    ``deferred`` push acknowledgements are written first in the first page's transaction
    (before its rows, which they may stop being pending) and leave the list once committed;
    whatever is still there when this raises is the caller's to write.

    The next page is fetched while the current one is applied (a one-page pull starts no
    thread). When more than one page is waiting (a first pull, a long absence) pages are
    applied in groups of up to ``CATCH_UP_ROWS`` rows, each group in one transaction wrapped
    in the register's ``bulk_load`` (the desk rebuilds its search index once per group
    instead of once per row); the cursor is written with the last page of its group, so it
    never runs ahead of what is committed.
    """
    received = 0
    if since is None:
        since = int(register.local_value(local_state.PULL_CURSOR) or 0)
    page = office.changes(since, page_rows)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="op-desk-pull") as fetcher:
        while True:
            catching_up, grouped, touched = page["more"], 0, set()
            with register.raw_writing() as connection, \
                    (register.bulk_load(connection) if catching_up else nullcontext()):
                for acknowledgement in deferred or ():
                    acknowledgement(connection)
                while True:
                    upcoming = (fetcher.submit(office.changes, page["next"], page_rows)
                                if page["more"] else None)
                    touched |= _apply_page(connection, register, page)
                    size = sum(len(block["rows"]) for block in page["changes"])
                    received, grouped = received + size, grouped + size
                    if progress:
                        progress(received)
                    if upcoming is None or not catching_up or grouped >= CATCH_UP_ROWS:
                        break
                    page = upcoming.result()
                state = {local_state.PULL_CURSOR: str(int(page["next"]))}
                local_state.put(connection, state | (finishing or {}) if upcoming is None
                                else state)
            if deferred:
                deferred.clear()
            if touched:
                register.announce(frozenset(touched))
            if upcoming is None:
                return received
            page = upcoming.result()


def _apply_page(connection: Connection, register: Register, page: dict[str, Any]) -> set[str]:
    touched: set[str] = set()
    newest = None
    for block in page["changes"]:
        table = block["table"]
        if table not in MODEL_BY_TABLE or not block["rows"]:
            continue
        rows = _rows_to_apply(connection, table, block)
        if rows:
            connection.exec_driver_sql(_upsert_sql(table), rows)
            touched.add(table)
            stamp = max(row[-1] for row in rows)
            newest = stamp if newest is None or stamp > newest else newest
    if newest:
        register.clock.observe(newest)
    return touched


def _rows_to_apply(connection: Connection, table: str, block: dict[str, Any]
                   ) -> list[tuple[Any, ...]]:
    """The block's rows as the driver takes them (wire columns, then synced_hlc = hlc),
    minus the rows still pending here."""
    names = wire_columns(table)
    order = [block["columns"].index(name) for name in names]
    id_at, hlc_at = order[0], order[names.index("hlc")]
    converting = _storage_converters(table, connection.dialect)
    pending = set(connection.execute(_PENDING_IDS, {"table": table}).scalars())
    rows = []
    for raw in block["rows"]:
        if raw[id_at] in pending:
            continue
        row = [raw[index] for index in order]
        for index, convert in converting:
            row[index] = convert(row[index])
        row.append(raw[hlc_at])
        rows.append(tuple(row))
    return rows


def _sqlite_date(value: str | None) -> str | None:
    """What SQLAlchemy's SQLite Date stores (``YYYY-MM-DD``), checked by a real parse."""
    return None if value is None else date.fromisoformat(value).isoformat()


def _sqlite_datetime(value: str | None) -> str | None:
    """What SQLAlchemy's SQLite DateTime stores (``YYYY-MM-DD HH:MM:SS.ffffff``, any offset
    dropped), checked by a real parse: in C, 4x cheaper than decode + bind processor."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None)
    return moment.isoformat(" ", "microseconds")


@cache
def _storage_converters(table: str, dialect: Dialect) -> tuple[tuple[int, Callable], ...]:
    """Per wire column that needs it, wire value -> what the driver stores (the protocol's
    decoder, then the column type's own bind conversion; on SQLite, dates and times go
    straight from text to text)."""
    columns = MODEL_BY_TABLE[table].__table__.columns
    converting: list[tuple[int, Callable]] = []
    for index, (name, decode) in enumerate(zip(wire_columns(table), value_decoders(table),
                                               strict=True)):
        kind = columns[name].type
        if dialect.name == "sqlite" and isinstance(kind, Date | DateTime):
            converting.append((index, _sqlite_datetime if isinstance(kind, DateTime)
                               else _sqlite_date))
            continue
        process = kind.bind_processor(dialect)
        if process:
            converting.append((index, lambda value, d=decode, p=process: p(d(value))))
    return tuple(converting)


@cache
def _upsert_sql(table: str) -> str:
    """Insert, or replace only by a newer version (or, for people, an erasure, which wins
    even over a later local stamp): applying a row twice changes nothing."""
    names = (*wire_columns(table), "synced_hlc")
    replaced = ", ".join(f"{name} = excluded.{name}" for name in names[1:])
    newer = f"excluded.hlc > {table}.hlc"
    if "erased_at" in names:
        newer += f" OR (excluded.erased_at IS NOT NULL AND {table}.erased_at IS NULL)"
    return (f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT (id) DO UPDATE SET {replaced} WHERE {newer}")
