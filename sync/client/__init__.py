"""The desk's side of sync: push local changes, pull the office's, report how it went.

The window and the CLI use ``sync_once``, ``read_sync_status`` and the conflict functions;
everything here is plain Python and runs off the GUI thread.
"""

from sync.client.conflicts import ConflictView, dismiss_conflict, list_conflicts, restore_conflict
from sync.client.engine import SyncOutcome, SyncProgress, bind_credential, sync_once
from sync.client.errors import (
    CredentialRefused,
    EnrolmentRefused,
    NotEnrolled,
    RateLimited,
    ServerRejected,
    ServerUnreachable,
    SyncError,
    WriteRefused,
)
from sync.client.status import SyncStatus, read_sync_status

__all__ = [
    "ConflictView", "CredentialRefused", "EnrolmentRefused", "NotEnrolled", "RateLimited",
    "ServerRejected", "ServerUnreachable", "SyncError", "SyncOutcome", "SyncProgress",
    "SyncStatus", "WriteRefused", "bind_credential", "dismiss_conflict", "list_conflicts",
    "read_sync_status", "restore_conflict", "sync_once",
]
