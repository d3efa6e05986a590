"""Change capture: every local write to a replicated row leaves a change record.

The record is written by the same flush, so it commits or rolls back with the row; there is
no moment at which a row exists that the next push would not send. Sessions opt in through
``session.info`` (``clock``, ``site``, ``account_id``), which ``Register`` sets; rows applied
from the office are written without capture, as they are not local changes.
"""

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import event, insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from sync.clock import HybridLogicalClock
from sync.ids import new_id
from sync.schema import ChangeRecord, Replicated

CAPTURE = "change_capture"


@event.listens_for(Session, "before_flush")
def _stamp_replicated_rows(session: Session, _context, _instances) -> None:
    capture = session.info.get(CAPTURE)
    if capture is None:
        return
    clock: HybridLogicalClock = capture["clock"]
    pending = session.info.setdefault("pending_changes", [])
    touched: set[str] = capture.setdefault("touched", set())
    if any(isinstance(obj, Replicated) for obj in session.deleted):
        raise RuntimeError("replicated rows are tombstoned (deleted=True), never deleted")
    for obj in session.new:
        if isinstance(obj, Replicated):
            obj.id = obj.id or new_id()
            obj.site = obj.site or capture["site"]
            if hasattr(obj, "created_by") and obj.created_by is None:
                obj.created_by = capture.get("account_id")
            if hasattr(obj, "created_at") and obj.created_at is None:
                obj.created_at = datetime.now().replace(microsecond=0)
            obj.hlc = clock.now()
            pending.append((obj.__tablename__, obj.id))
    for obj in session.dirty:
        if isinstance(obj, Replicated) and session.is_modified(obj, include_collections=False):
            obj.hlc = clock.now()
            pending.append((obj.__tablename__, obj.id))
    touched.update(table for table, _ in pending)


@event.listens_for(Session, "after_flush")
def _write_change_records(session: Session, _context) -> None:
    pending = session.info.pop("pending_changes", None)
    if pending:
        record_changes(session.connection(), pending)


def record_changes(connection: Connection, changes: Iterable[tuple[str, str]]) -> None:
    """Append (table, row id) change records in the caller's transaction."""
    rows = [{"table_name": table, "row_id": row_id} for table, row_id in changes]
    if rows:
        connection.execute(insert(ChangeRecord), rows)
