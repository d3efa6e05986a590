"""Bringing the office's changes into the desk register.

Pulled rows are written with Core bulk upserts and NO change capture (they are not local
changes), each page in one transaction together with the cursor that covers it, so a pull cut
off anywhere resumes exactly where the last committed page ended. A row the desk has changed
since its last push is left alone: the desk's version goes up next time and the office
resolves it. A row is only replaced by a version with a greater stamp (or, for people, by
an erasure: erasure is sticky), so applying a page twice changes nothing.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, and_, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sync.client import local_state
from sync.client.connection import OfficeConnection
from sync.protocol import DEFAULT_PAGE_ROWS, value_decoders, wire_columns
from sync.register import Register
from sync.schema import MODEL_BY_TABLE, ChangeRecord

changes = ChangeRecord.__table__


def pull_all(register: Register, office: OfficeConnection, page_rows: int = DEFAULT_PAGE_ROWS,
             progress: Callable[[int], None] | None = None) -> int:
    """Pull every page waiting for this desk; returns how many rows were received."""
    received = 0
    cursor = int(register.local_value(local_state.PULL_CURSOR) or 0)
    while True:
        page = office.changes(since=cursor, limit=page_rows)
        touched = _apply_page(register, page)
        received += sum(len(block["rows"]) for block in page["changes"])
        cursor = page["next"]
        if touched:
            register.announce(frozenset(touched))
        if progress:
            progress(received)
        if not page["more"]:
            return received


def _apply_page(register: Register, page: dict[str, Any]) -> set[str]:
    touched: set[str] = set()
    newest = None
    with register.raw_writing() as connection:
        for block in page["changes"]:
            table = block["table"]
            if table not in MODEL_BY_TABLE or not block["rows"]:
                continue
            rows = _rows_to_apply(connection, table, block)
            if rows:
                _upsert(connection, table, rows)
                touched.add(table)
                stamp = max(row["hlc"] for row in rows)
                newest = stamp if newest is None or stamp > newest else newest
        if newest:
            register.clock.observe(newest)
        local_state.put(connection, {local_state.PULL_CURSOR: str(int(page["next"]))})
    return touched


def _rows_to_apply(connection: Connection, table: str, block: dict[str, Any]
                   ) -> list[dict[str, Any]]:
    """The block's rows as column dicts, minus the rows still pending here."""
    names = wire_columns(table)
    order = [block["columns"].index(name) for name in names]
    decoders = value_decoders(table)
    ids = [row[order[0]] for row in block["rows"]]
    pending = set()
    for start in range(0, len(ids), 2_000):
        pending.update(connection.execute(select(changes.c.row_id).where(
            changes.c.table_name == table,
            changes.c.row_id.in_(ids[start:start + 2_000]))).scalars())
    rows = []
    for raw in block["rows"]:
        if raw[order[0]] in pending:
            continue
        row = {name: decode(raw[index])
               for name, decode, index in zip(names, decoders, order, strict=True)}
        row["synced_hlc"] = row["hlc"]
        rows.append(row)
    return rows


def _upsert(connection: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    target = MODEL_BY_TABLE[table].__table__
    statement = sqlite_insert(target)
    replaced = {name: statement.excluded[name] for name in (*wire_columns(table)[1:],
                                                            "synced_hlc")}
    newer = statement.excluded.hlc > target.c.hlc
    if "erased_at" in target.c:  # an erasure wins even over a later local stamp
        newer = or_(newer, and_(statement.excluded.erased_at.is_not(None),
                                target.c.erased_at.is_(None)))
    connection.execute(statement.on_conflict_do_update(
        index_elements=[target.c.id], set_=replaced, where=newer), rows)
