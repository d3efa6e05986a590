"""What the window's status line shows about sync, read from the register alone."""

from dataclasses import dataclass
from datetime import datetime

from sync.client import local_state
from sync.client.push import pending_count
from sync.register import Register


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server: str | None
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_attempt_online: bool | None
    """None before the first attempt."""
    last_error: str | None
    changes_waiting: int
    """Rows changed here and not yet acknowledged by the office."""


def read_sync_status(register: Register) -> SyncStatus:
    """No network: safe to call from a timer on the GUI thread's helper."""
    value = register.local_value
    with register.engine.connect() as connection:
        waiting = pending_count(connection)
    online = value(local_state.LAST_ONLINE)
    return SyncStatus(
        enrolled=bool(value(local_state.TOKEN)), server=value(local_state.SERVER),
        last_success_at=_when(value(local_state.LAST_SUCCESS)),
        last_attempt_at=_when(value(local_state.LAST_ATTEMPT)),
        last_attempt_online=None if online is None else online == "1",
        last_error=value(local_state.LAST_ERROR) or None, changes_waiting=waiting)


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
