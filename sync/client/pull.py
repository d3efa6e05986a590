"""Bringing the office's changes into the desk register.

Pulled rows are written with one upsert per table block and NO change capture (they are not local
changes), each page in one transaction together with the cursor that covers it, so a pull cut
off anywhere resumes exactly where the last committed page ended. A row the desk has changed
since its last push is left alone: the desk's version goes up next time and the office
resolves it. A row is only replaced by a version with a greater stamp (or, for people, by
an erasure: erasure is sticky), so applying a page twice changes nothing.
"""

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from functools import cache
from typing import Any

from sqlalchemy import Connection, DateTime

from sync.client import local_state
from sync.client.connection import OfficeConnection
from sync.client.push import Acknowledgement
from sync.database import pragma_while
from sync.protocol import DEFAULT_PAGE_ROWS, wire_columns
from sync.register import Register
from sync.schema import MODEL_BY_TABLE, ChangeRecord

changes = ChangeRecord.__table__
CATCH_UP_ROWS = 100_000
"""Rows applied in one transaction while catching up: the work a cut-off pull can lose,
against one search index rebuild per group (about 0.5 s per 50,000 people)."""
CATCH_UP_CACHE_KIB = 64 * 1024
"""Page cache while a group is applied: with SQLite's 2 MB default, index pages of a
100,000-row group were evicted (encrypted) and read back (decrypted), ~15% of the insert."""


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
            with register.raw_writing(durable=False) as connection, \
                    (pragma_while(connection.connection.driver_connection, "cache_size",
                                  -CATCH_UP_CACHE_KIB) if catching_up else nullcontext()), \
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
    """Upsert every block of ``page``; returns the tables where a row changed. Each block
    goes to SQLite as one JSON parameter, unpacked by ``json_each``: through the driver's
    executemany, binding a dozen values per row cost more than writing the row."""
    touched: set[str] = set()
    newest = None
    for block in page["changes"]:
        table, columns, rows = block["table"], block["columns"], block["rows"]
        if table not in MODEL_BY_TABLE or not rows:
            continue
        order = tuple(columns.index(name) for name in wire_columns(table))
        if connection.exec_driver_sql(_upsert_sql(table, order), (json.dumps(rows),)).rowcount:
            touched.add(table)
        hlc_at = order[wire_columns(table).index("hlc")]
        stamp = max(row[hlc_at] for row in rows)
        newest = stamp if newest is None or stamp > newest else newest
    if newest:
        register.clock.observe(newest)
    return touched


def _stored_form(table: str, name: str, value: str) -> str:
    """SQL turning a pulled JSON value into what SQLAlchemy stores on SQLite. Times arrive
    as the office's database writes them (``YYYY-MM-DD[T ]HH:MM:SS[.ffffff]``, naive) and
    are stored ``YYYY-MM-DD HH:MM:SS.ffffff``, so that they sort and compare in SQL like
    local ones; dates and everything else are stored as they come (JSON true/false arrive
    as 1/0)."""
    if not isinstance(MODEL_BY_TABLE[table].__table__.c[name].type, DateTime):
        return value
    return (f"CASE WHEN {value} IS NULL THEN NULL ELSE replace(substr({value}, 1, 19), 'T', "
            f"' ') || '.' || substr(substr({value}, 21) || '000000', 1, 6) END")


@cache
def _upsert_sql(table: str, order: tuple[int, ...]) -> str:
    """Insert, or replace only by a newer version (or, for people, an erasure, which wins
    even over a later local stamp): applying a row twice changes nothing. ``order`` gives,
    per wire column, its place in the block's rows; rows still pending here are skipped
    (the desk's version goes up next time). ``synced_hlc`` is the pulled stamp."""
    names = wire_columns(table)
    values = [_stored_form(table, name, f"value ->> {index}")
              for name, index in zip(names, order, strict=True)]
    replaced = ", ".join(f"{name} = excluded.{name}" for name in (*names[1:], "synced_hlc"))
    newer = f"excluded.hlc > {table}.hlc"
    if "erased_at" in names:
        newer += f" OR (excluded.erased_at IS NOT NULL AND {table}.erased_at IS NULL)"
    return (f"INSERT INTO {table} ({', '.join(names)}, synced_hlc) "
            f"SELECT {', '.join(values)}, value ->> {order[names.index('hlc')]} "
            f"FROM json_each(?) WHERE (value ->> {order[0]}) NOT IN "
            f"(SELECT row_id FROM {changes.name} WHERE table_name = '{table}') "
            f"ON CONFLICT (id) DO UPDATE SET {replaced} WHERE {newer}")
