"""Sending the desk's pending changes to the office, one acknowledged batch at a time.

A batch holds the CURRENT state of rows named in change_log (deduplicated), each with its
``base_hlc`` (the version last exchanged). Only after the office's reply does one local
transaction mark what it acknowledged and drop exactly the change records the batch covered,
so a batch cut off on the way simply goes again, and the office ignores versions it already
holds. Change records written while a batch travels are kept for the next round.
"""

import json
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from sqlalchemy import Connection, func, select

from sync.client import local_state
from sync.client.connection import OfficeConnection
from sync.json_rows import json_rows_sql
from sync.protocol import BASE_HLC, DEFAULT_BATCH_ROWS, wire_columns
from sync.register import Register
from sync.schema import REPLICATED_MODELS, ChangeRecord

changes = ChangeRecord.__table__
PendingRow = tuple[str, str]  # (table, row id)
Acknowledgement = Callable[[Connection], None]
"""Records one batch's reply inside the caller's transaction."""
_PENDING = f"SELECT seq, table_name, row_id FROM {changes.name} ORDER BY seq"
IN_FLIGHT = 2
"""Batches sent before waiting for the oldest reply: two let the office parse one while
SQLite writes the other (the write releases Python's lock); more only queue there."""


@dataclass(frozen=True)
class OutgoingBatch:
    """A push message ready to send, and what it carried, for its acknowledgement."""

    batch_id: str
    body: bytes
    sent: dict[str, list[list[str]]]
    """Per table, the [row id, clock stamp] of every row sent."""

    @property
    def rows(self) -> int:
        return sum(len(pairs) for pairs in self.sent.values())


def pending_count(connection: Connection) -> int:
    """How many distinct rows wait to be sent."""
    grouped = select(changes.c.table_name, changes.c.row_id).distinct().subquery()
    return connection.execute(select(func.count()).select_from(grouped)).scalar_one()


def push_pending(register: Register, office: OfficeConnection,
                 batch_rows: int = DEFAULT_BATCH_ROWS,
                 progress: Callable[[int, int], None] | None = None,
                 deferred: list[Acknowledgement] | None = None,
                 sequenced: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Push until nothing is pending; returns (rows sent, conflicts the office recorded).

    Pipelined: ``IN_FLIGHT`` batches travel at once, so the office checks one while it
    writes another, and meanwhile the desk records earlier replies and reads the next batch
    (batches cover disjoint rows, so their order does not matter). If a batch fails, those
    queued behind it are cancelled or, if already sent, sent again next round — a no-op for
    the office.

    With ``deferred``, the last batch's acknowledgement is appended there instead of
    committed: the caller writes it in its next transaction (a round, in its pull's first),
    saving a fully synced commit. Until then the batch's rows count as pending.
    With ``sequenced``, the office's sequence ranges that hold only this push's rows as sent
    are appended there (the caller's pull may skip them).
    """
    totals, awaiting = [0, 0], set()

    def settle(in_flight: tuple[Future | None, OutgoingBatch, list[int]], total: int,
               last: bool) -> None:
        future, batch, seqs = in_flight
        reply = future.result() if future else {}
        acknowledgement = partial(_acknowledge, batch, reply, seqs)
        if last and deferred is not None:
            deferred.append(acknowledgement)
            awaiting.update(seqs)
        else:
            with register.raw_writing(durable=False) as connection:
                acknowledgement(connection)
        totals[0] += batch.rows
        totals[1] += int(reply.get("conflicts", 0))
        if sequenced is not None and reply.get("sequenced"):
            first, last = reply["sequenced"]
            sequenced.append((int(first), int(last)))
        if progress:
            progress(totals[0], total)

    with ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="op-desk-push") as sender:
        while pending := _pending_rows(register):
            if awaiting:
                if all(awaiting.issuperset(seqs) for seqs in pending.values()):
                    break  # only what the deferred acknowledgement covers
                write_deferred(register, deferred)  # rows changed meanwhile go again
                awaiting.clear()
                continue
            rows, in_flight = list(pending), deque()
            try:
                for start in range(0, len(rows), batch_rows):
                    chunk = rows[start:start + batch_rows]
                    batch = _read_batch(register, chunk)
                    in_flight.append((None if not batch.sent
                                      else _sent_now(office, batch) if len(rows) <= batch_rows
                                      else sender.submit(office.push, batch.body),
                                      batch, [seq for row in chunk for seq in pending[row]]))
                    if len(in_flight) > IN_FLIGHT:
                        settle(in_flight.popleft(), len(rows), last=False)
                while in_flight:
                    settle(in_flight.popleft(), len(rows), last=not in_flight)
            except BaseException:
                for future, _batch, _seqs in in_flight:
                    if future:
                        future.cancel()  # batches queued behind a failed one
                raise
    return totals[0], totals[1]


def write_deferred(register: Register, deferred: list[Acknowledgement] | None,
                   facts: dict[str, str] | None = None) -> None:
    """Commit deferred acknowledgements (and optionally local facts) in one transaction,
    then forget them."""
    if not deferred and not facts:
        return
    with register.raw_writing(durable=False) as connection:
        for acknowledgement in deferred or ():
            acknowledgement(connection)
        if facts:
            local_state.put(connection, facts)
    if deferred:
        deferred.clear()


def _sent_now(office: OfficeConnection, batch: OutgoingBatch) -> Future:
    """A lone batch is sent on this thread: starting a sender thread costs more than a
    small round's whole push."""
    sent: Future = Future()
    sent.set_result(office.push(batch.body))
    return sent


def _pending_rows(register: Register) -> dict[PendingRow, list[int]]:
    """Every pending row with the seqs of its change records, oldest change first. Read
    through the driver: SQLAlchemy's result rows cost more than the query for 100,000."""
    pending: dict[PendingRow, list[int]] = {}
    with register.engine.connect() as connection:
        for seq, table, row_id in connection.connection.driver_connection.execute(_PENDING):
            pending.setdefault((table, row_id), []).append(seq)
    return pending


def _read_batch(register: Register, chunk: list[PendingRow]) -> OutgoingBatch:
    """The current state of ``chunk``'s rows, read in one snapshot, as a push message."""
    ids_by_table: dict[str, list[str]] = {}
    for table, row_id in chunk:
        ids_by_table.setdefault(table, []).append(row_id)
    batch_id, blocks, sent = str(uuid.uuid4()), [], {}
    with register.engine.connect() as connection, connection.begin():
        for model in REPLICATED_MODELS:
            table = model.__tablename__
            if table in ids_by_table:
                rows_json, pairs_json = connection.exec_driver_sql(
                    _block_sql(table), (json.dumps(ids_by_table[table]),)).one()
                if pairs := json.loads(pairs_json):
                    sent[table] = pairs
                    blocks.append(f'{{"table":"{table}","columns":'
                                  f'{json.dumps([*wire_columns(table), BASE_HLC])},'
                                  f'"rows":{rows_json}}}')
    body = f'{{"batch_id":"{batch_id}","changes":[{",".join(blocks)}]}}'
    return OutgoingBatch(batch_id, body.encode("utf-8"), sent)


@cache
def _block_sql(table: str) -> str:
    """One row: the block's rows as wire JSON (then the version last exchanged, sent as
    base_hlc) written by SQLite, and the [id, hlc] pairs sent. No Python touches a value on
    the way out; the ids go in as one JSON parameter (faster than one parameter each, and
    one statement per table)."""
    return (f"SELECT {json_rows_sql(table, 'sqlite', ('synced_hlc',))}, "
            f"json_group_array(json_array(id, hlc)) FROM {table} "
            f"WHERE id IN (SELECT value FROM json_each(?))")


def _acknowledge(batch: OutgoingBatch, reply: dict[str, Any], covered_seqs: list[int],
                 connection: Connection) -> None:
    """Record what the office now holds and drop the covered change records, together.

    ``synced_hlc`` becomes the version sent when the office kept it; when the office kept
    another (ours lost a concurrent edit, and sits in its conflicts), the row is left alone
    and the next pull brings the winner. Both writes take their keys as one JSON parameter:
    through the driver's executemany they cost ~3 µs a row more.
    """
    held = reply.get("held", {})
    for table, pairs in batch.sent.items():
        stamps = dict(held.get(table, ()))
        accepted = [pair for pair in pairs if stamps.get(pair[0]) == pair[1]]
        if accepted:
            connection.exec_driver_sql(
                f"UPDATE {table} SET synced_hlc = sent.value ->> 1 FROM json_each(?) AS sent "
                f"WHERE {table}.id = sent.value ->> 0", (json.dumps(accepted),))
    if covered_seqs:
        connection.exec_driver_sql(
            f"DELETE FROM {changes.name} WHERE seq IN (SELECT value FROM json_each(?))",
            (json.dumps(covered_seqs),))
