"""Backups of the desk's register: made while the desk works, checked, rotated, restored.

The window calls ``check_register`` at start-up and ``backup_if_due`` at start and close;
``op-desk backup`` and ``op-desk restore`` drive the same functions.
"""

from desktop.backups.errors import BackupFailed, BackupUnusable
from desktop.backups.health import check_register, damaged_register
from desktop.backups.making import (
    backup_folder,
    backup_if_due,
    backup_register,
    latest_backup,
    set_backup_folder,
)
from desktop.backups.restoring import restore_register
from desktop.backups.rotation import rotate_backups

__all__ = [
    "BackupFailed", "BackupUnusable", "backup_folder", "backup_if_due", "backup_register",
    "check_register", "damaged_register", "latest_backup", "restore_register",
    "rotate_backups", "set_backup_folder",
]
