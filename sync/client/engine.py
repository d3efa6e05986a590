"""One sync round for a desk: push what is pending, then pull what is new.

Push goes first so that the office resolves this desk's edits before the desk takes in the
office's state. Each step commits as it goes, so a round that fails halfway leaves a
consistent register and the next round resumes. Outcome and online/offline state of the last
attempt are kept in local_state, where ``read_sync_status`` finds them without the network.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sync.client import local_state
from sync.client.connection import OfficeConnection
from sync.client.errors import NotEnrolled, ServerUnreachable, SyncError
from sync.client.pull import pull_all
from sync.client.push import Acknowledgement, push_pending, write_deferred
from sync.register import Register


@dataclass(frozen=True)
class SyncProgress:
    phase: str
    """Either "push" or "pull"."""
    done: int
    total: int | None
    """Known for push; None while pulling (the office does not say how much is left)."""


@dataclass(frozen=True)
class SyncOutcome:
    sent: int
    received: int
    conflicts: int
    """Concurrent edits the office kept as conflicts during this round."""
    finished_at: datetime

    def sentence(self) -> str:
        text = f"Sync done: {self.sent} record(s) sent, {self.received} received"
        if self.conflicts:
            text += f", {self.conflicts} conflicting edit(s) kept for a coordinator to review"
        return text + "."


ProgressCallback = Callable[[SyncProgress], None]


def bind_credential(register: Register, server: str, token: str) -> None:
    """Remember the office and this desk's credential; the pull cursor restarts at 0 so a
    re-enrolled desk receives its site's whole history."""
    with register.raw_writing() as connection:
        local_state.put(connection, {local_state.SERVER: server.rstrip("/"),
                                     local_state.TOKEN: token, local_state.PULL_CURSOR: "0"})


def sync_once(register: Register, progress: ProgressCallback | None = None,
              office: OfficeConnection | None = None) -> SyncOutcome:
    """Push then pull. Raises a ``SyncError`` (e.g. ServerUnreachable) on failure, after
    recording the attempt; what was committed before the failure stays committed."""
    settings = local_state.read(register.engine, (local_state.SERVER, local_state.TOKEN,
                                                   local_state.PULL_CURSOR))
    server, token = settings[local_state.SERVER], settings[local_state.TOKEN]
    if not server or not token:
        raise NotEnrolled("This desk is not enrolled: run 'op-desk enroll --server URL "
                          "--code CODE' with a code from the district office.")
    report = progress or (lambda _progress: None)
    connection = office or OfficeConnection(server, token)
    acknowledgements: list[Acknowledgement] = []  # the last push reply, saved with the pull
    own_rows: list[tuple[int, int]] = []
    try:
        sent, conflicts = push_pending(
            register, connection,
            progress=lambda done, total: report(SyncProgress("push", done, total)),
            deferred=acknowledgements, sequenced=own_rows)
        finished_at = _now()
        received = pull_all(register, connection,
                            progress=lambda done: report(SyncProgress("pull", done, None)),
                            finishing=_attempt(online=True, error="", success=finished_at),
                            since=past_own_rows(int(settings[local_state.PULL_CURSOR] or 0),
                                                own_rows),
                            deferred=acknowledgements)
    except SyncError as error:
        write_deferred(register, acknowledgements,
                       _attempt(online=not isinstance(error, ServerUnreachable),
                                error=str(error)))
        raise
    except BaseException:
        write_deferred(register, acknowledgements)  # the office holds those rows already
        raise
    finally:
        if office is None:
            connection.close()
    return SyncOutcome(sent, received, conflicts, finished_at)


def past_own_rows(cursor: int, own_rows: list[tuple[int, int]]) -> int:
    """The pull cursor moved over the office's sequence ranges that hold only this round's
    pushed rows, as far as they follow on from it: pulling them would bring back what the
    desk already has. The cursor is written with the pull's first commit, together with the
    acknowledgements, so it never runs ahead of them."""
    for first, last in sorted(own_rows):
        if first != cursor + 1:
            break
        cursor = last
    return cursor


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _attempt(*, online: bool, error: str, success: datetime | None = None) -> dict[str, str]:
    """The local facts that record an attempt (a successful round's go with its last pull
    commit)."""
    values = {local_state.LAST_ATTEMPT: _now().isoformat(),
              local_state.LAST_ONLINE: "1" if online else "0", local_state.LAST_ERROR: error}
    if success:
        values[local_state.LAST_SUCCESS] = success.isoformat()
    return values
