"""Sending the desk's pending changes to the office, one acknowledged batch at a time.

A batch holds the CURRENT state of rows named in change_log (deduplicated), each with its
``base_hlc`` (the version last exchanged). Only after the office's reply does one local
transaction mark what it acknowledged and drop exactly the change records the batch covered,
so a batch cut off on the way simply goes again, and the office ignores versions it already
holds. Change records written while a batch travels are kept for the next round.
"""

import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from sqlalchemy import Boolean, Connection, func, select

from sync.client import local_state
from sync.client.connection import OfficeConnection
from sync.protocol import BASE_HLC, DEFAULT_BATCH_ROWS, wire_columns
from sync.register import Register
from sync.schema import MODEL_BY_TABLE, REPLICATED_MODELS, ChangeRecord

changes = ChangeRecord.__table__
PendingRow = tuple[str, str]  # (table, row id)
Acknowledgement = Callable[[Connection], None]
"""Records one batch's reply inside the caller's transaction."""
_PENDING = select(changes.c.seq, changes.c.table_name, changes.c.row_id).order_by(changes.c.seq)
"""Built once: a small round reads it twice, and building it cost as much as running it."""


def pending_count(connection: Connection) -> int:
    """How many distinct rows wait to be sent."""
    grouped = select(changes.c.table_name, changes.c.row_id).distinct().subquery()
    return connection.execute(select(func.count()).select_from(grouped)).scalar_one()


def push_pending(register: Register, office: OfficeConnection,
                 batch_rows: int = DEFAULT_BATCH_ROWS,
                 progress: Callable[[int, int], None] | None = None,
                 deferred: list[Acknowledgement] | None = None) -> tuple[int, int]:
    """Push until nothing is pending; returns (rows sent, conflicts the office recorded).

    Pipelined: while the office applies one batch, the desk records the previous reply and
    reads the next batch (batches cover disjoint rows, so their order does not matter). If a
    batch fails, the one queued behind it is cancelled or, if already sent, sent again next
    round — a no-op for the office.

    With ``deferred``, the last batch's acknowledgement is appended there instead of
    committed: the caller writes it in its next transaction (a round, in its pull's first),
    saving a fully synced commit. Until then the batch's rows count as pending.
    """
    totals, awaiting = [0, 0], set()

    def settle(in_flight: tuple[Future | None, dict[str, Any], list[int]], total: int,
               last: bool) -> None:
        future, batch, seqs = in_flight
        reply = future.result() if future else {}
        acknowledgement = partial(_acknowledge, batch, reply, seqs)
        if last and deferred is not None:
            deferred.append(acknowledgement)
            awaiting.update(seqs)
        else:
            with register.raw_writing() as connection:
                acknowledgement(connection)
        totals[0] += sum(len(block["rows"]) for block in batch["changes"])
        totals[1] += int(reply.get("conflicts", 0))
        if progress:
            progress(totals[0], total)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="op-desk-push") as sender:
        while pending := _pending_rows(register):
            if awaiting:
                if all(awaiting.issuperset(seqs) for seqs in pending.values()):
                    break  # only what the deferred acknowledgement covers
                write_deferred(register, deferred)  # rows changed meanwhile go again
                awaiting.clear()
                continue
            rows, in_flight, future = list(pending), None, None
            try:
                for start in range(0, len(rows), batch_rows):
                    chunk = rows[start:start + batch_rows]
                    batch = _read_batch(register, chunk)
                    future = (None if not batch["changes"]
                              else _sent_now(office, batch) if len(rows) <= batch_rows
                              else sender.submit(office.push, batch))
                    if in_flight:
                        settle(in_flight, len(rows), last=False)
                    in_flight = (future, batch, [seq for row in chunk for seq in pending[row]])
                settle(in_flight, len(rows), last=True)
            except BaseException:
                if future:
                    future.cancel()  # the batch queued behind a failed one
                raise
    return totals[0], totals[1]


def write_deferred(register: Register, deferred: list[Acknowledgement] | None,
                   facts: dict[str, str] | None = None) -> None:
    """Commit deferred acknowledgements (and optionally local facts) in one transaction,
    then forget them."""
    if not deferred and not facts:
        return
    with register.raw_writing() as connection:
        for acknowledgement in deferred or ():
            acknowledgement(connection)
        if facts:
            local_state.put(connection, facts)
    if deferred:
        deferred.clear()


def _sent_now(office: OfficeConnection, batch: dict[str, Any]) -> Future:
    """A lone batch is sent on this thread: starting a sender thread costs more than a
    small round's whole push."""
    sent: Future = Future()
    sent.set_result(office.push(batch))
    return sent


def _pending_rows(register: Register) -> dict[PendingRow, list[int]]:
    """Every pending row with the seqs of its change records, oldest change first."""
    pending: dict[PendingRow, list[int]] = {}
    with register.engine.connect() as connection:
        for seq, table, row_id in connection.execute(_PENDING):
            pending.setdefault((table, row_id), []).append(seq)
    return pending


def _read_batch(register: Register, chunk: list[PendingRow]) -> dict[str, Any]:
    """The current state of ``chunk``'s rows, read in one snapshot, as a push message."""
    ids_by_table: dict[str, list[str]] = {}
    for table, row_id in chunk:
        ids_by_table.setdefault(table, []).append(row_id)
    with register.engine.connect() as connection, connection.begin():
        blocks = [_block(connection, model.__tablename__, ids_by_table[model.__tablename__])
                  for model in REPLICATED_MODELS if model.__tablename__ in ids_by_table]
    return {"batch_id": str(uuid.uuid4()), "changes": [b for b in blocks if b["rows"]]}


def _block(connection: Connection, table: str, ids: list[str]) -> dict[str, Any]:
    """Rows read as SQLite stores them, straight from the driver: dates are already ISO text
    (a space before the time is valid ISO 8601), so only booleans need turning back from
    0/1."""
    names, target = wire_columns(table), MODEL_BY_TABLE[table].__table__
    booleans = [index for index, name in enumerate(names)
                if isinstance(target.c[name].type, Boolean)]
    rows = connection.exec_driver_sql(
        f"SELECT {', '.join((*names, 'synced_hlc'))} FROM {table} "
        f"WHERE id IN ({', '.join('?' * len(ids))})", tuple(ids)).fetchall()
    raw = [list(row) for row in rows]
    for row in raw:
        for index in booleans:
            row[index] = bool(row[index])
    return {"table": table, "columns": [*names, BASE_HLC], "rows": raw}


def _acknowledge(batch: dict[str, Any], reply: dict[str, Any], covered_seqs: list[int],
                 connection: Connection) -> None:
    """Record what the office now holds and drop the covered change records, together.

    ``synced_hlc`` becomes the version sent when the office kept it; when the office kept
    another (ours lost a concurrent edit, and sits in its conflicts), the row is left alone
    and the next pull brings the winner.
    """
    held = {table: dict(pairs) for table, pairs in reply.get("held", {}).items()}
    for block in batch["changes"]:
        table, stamps = block["table"], held.get(block["table"], {})
        hlc_at = block["columns"].index("hlc")
        accepted = [(row[hlc_at], row[0]) for row in block["rows"]
                    if stamps.get(row[0]) == row[hlc_at]]
        if accepted:  # straight to the driver: plain text values, no conversion needed
            connection.exec_driver_sql(
                f"UPDATE {table} SET synced_hlc = ? WHERE id = ?", accepted)
    if covered_seqs:
        connection.exec_driver_sql(f"DELETE FROM {changes.name} WHERE seq = ?",
                                   [(seq,) for seq in covered_seqs])
