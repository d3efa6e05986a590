"""What the window needs from the sync client, in the shape the status line shows.

Kept apart so the status line and its tests do not depend on the client's internals.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from sync.register import Register
from sync.schema import ChangeRecord


@dataclass(frozen=True)
class SyncSnapshot:
    enrolled: bool = False
    online: bool = False
    last_success: datetime | None = None
    waiting: int = 0


def read_snapshot(register: Register) -> SyncSnapshot:
    """Where sync stands, read from the register alone (no network)."""
    with register.reading() as session:
        waiting = session.scalar(select(func.count(func.distinct(ChangeRecord.row_id)))) or 0
    return SyncSnapshot(enrolled=False, waiting=waiting)


def run_sync(register: Register) -> SyncSnapshot:
    """One full round with the office; raises the client's typed errors on failure."""
    raise NotImplementedError("the sync client has not landed yet")
