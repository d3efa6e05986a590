"""Making backups: on demand, and the automatic daily one.

A backup is a checked, self-contained copy of the register taken while the desk keeps
working. It is written under a temporary name and renamed only once it passed
``integrity_check``, so the folder never holds a half-written backup under a real name.
"""

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.backups.database_file import copy_database, local_value
from desktop.backups.errors import BackupFailed
from desktop.backups.rotation import backup_name, backups_in, partial_name, rotate_backups
from sync.register import Register

BACKUP_FOLDER_KEY = "backup_folder"
"""local_state key: the folder the coordinator chose (e.g. on a USB stick)."""


def default_backup_folder(data_dir: Path) -> Path:
    return data_dir / "backups"


def backup_folder(register: Register) -> Path:
    """The chosen backup folder, or ``backups`` beside the register when none was chosen."""
    chosen = register.local_value(BACKUP_FOLDER_KEY)
    return Path(chosen) if chosen else default_backup_folder(register.path.parent)


def set_backup_folder(register: Register, folder: Path | None) -> None:
    """Remember the coordinator's choice; ``None`` goes back to the default folder."""
    with register.writing() as session:
        if folder is None:
            register.set_local_value(session, BACKUP_FOLDER_KEY, "")
        else:
            register.set_local_value(session, BACKUP_FOLDER_KEY, str(Path(folder).resolve()))


def backup_register(register_path: Path, folder: Path, now: datetime) -> Path:
    """Copy the register at ``register_path`` into ``folder``, check it, then rotate the
    folder (7 daily + 4 weekly). Safe while the desk writes. Returns the new backup."""
    site = local_value(register_path, "site")
    if site is None:
        raise BackupFailed(f"{register_path} cannot be read as a register, so it was not "
                           "backed up: run 'op-desk restore FILE' with your latest backup.")
    _make_ready(folder)
    final = folder / backup_name(site, now)
    partial = folder / partial_name(final.name)
    try:
        partial.unlink(missing_ok=True)
        copy_database(register_path, partial)
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"The backup into {folder} failed ({error}); check that the "
                           "folder is writable and has free space, then try again.") from error
    rotate_backups(folder, site)
    return final


def latest_backup(folder: Path, site: str) -> Path | None:
    backups = backups_in(folder, site)
    return backups[0].path if backups else None


def backup_if_due(register: Register, now: datetime) -> Path | None:
    """The automatic daily backup: makes one unless the folder already holds one taken on
    ``now``'s day. Returns the new backup, or ``None`` when none was due."""
    folder = backup_folder(register)
    newest = backups_in(folder, register.site)
    if newest and newest[0].taken_at.date() == now.date():
        return None
    return backup_register(register.path, folder, now)


def _make_ready(folder: Path) -> None:
    """Create the backup folder only where its parent exists: a missing USB stick is
    reported, never replaced by a folder of the same name on the desk's own disk."""
    if folder.is_dir():
        return
    if not folder.parent.is_dir():
        raise BackupFailed(f"The backup folder {folder} is not reachable: plug in the backup "
                           "drive, or choose another backup folder.")
    try:
        folder.mkdir()
    except OSError as error:
        raise BackupFailed(f"The backup folder {folder} cannot be created ({error}); choose "
                           "another backup folder.") from error
