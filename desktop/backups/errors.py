"""The ways a backup or a restore can fail, each with a sentence saying what to do."""

from sync.errors import OpDeskError


class BackupFailed(OpDeskError):
    """No new backup was made; the register itself is untouched."""

    code = "backup_failed"


class BackupUnusable(OpDeskError):
    """A file offered to restore is not a sound register; the current register is untouched."""

    code = "backup_unusable"
    exit_status = 2
