"""What the window needs from the sync client, in the shape the status line shows.

Kept apart so the status line and its tests do not depend on the client's internals. The
client (and httpx under it) is imported on first use, on the runner's thread: it is not
needed to show the window, and importing it would lengthen every start.
"""

from dataclasses import dataclass
from datetime import datetime

from sync.register import Register


@dataclass(frozen=True)
class SyncSnapshot:
    enrolled: bool = False
    online: bool = False
    last_success: datetime | None = None
    waiting: int = 0


def read_snapshot(register: Register) -> SyncSnapshot:
    """Where sync stands, read from the register alone (no network)."""
    from sync.client import read_sync_status

    status = read_sync_status(register)
    return SyncSnapshot(enrolled=status.enrolled, online=bool(status.last_attempt_online),
                        last_success=status.last_success_at, waiting=status.changes_waiting)


def run_sync(register: Register) -> SyncSnapshot:
    """One full round with the office; raises the client's typed errors on failure."""
    from sync.client import sync_once

    sync_once(register)
    return read_snapshot(register)
