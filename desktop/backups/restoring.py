"""Putting a backup back: only a sound register goes in, and the old one is kept aside."""

import shutil
from datetime import datetime
from pathlib import Path

from desktop.backups.database_file import copy_database, local_value, move_database
from desktop.backups.errors import BackupFailed, BackupUnusable
from desktop.backups.health import register_problem
from sync.paths import register_file
from sync.register import Register

STAGING_FOLDER = ".restoring"
REPLACED_FOLDER = "replaced"


def restore_register(data_dir: Path, backup_file: Path, now: datetime) -> Path | None:
    """Replace the register in ``data_dir`` with ``backup_file``.

    The backup is refused (nothing changes) unless it passes ``integrity_check``, belongs to
    this desk's site, and opens with this version of the program (older ones are migrated
    first). The register it replaces is moved to ``replaced/`` and its path returned
    (``None`` when there was none). The window must be closed meanwhile.
    """
    problem = register_problem(backup_file)
    if problem:
        raise BackupUnusable(f"{backup_file} cannot be restored because {problem}; choose "
                             "another backup file.")
    current = register_file(data_dir)
    _refuse_another_site(current, backup_file)
    staged = _stage(data_dir, backup_file)
    try:
        kept = None
        if current.exists():
            kept = data_dir / REPLACED_FOLDER / f"register-{now:%Y%m%d-%H%M%S}.sqlite3"
            move_database(current, kept)
        move_database(staged, current)
    except OSError as error:
        raise BackupFailed(f"The register in {data_dir} could not be replaced ({error}); close "
                           "the desk window and try again.") from error
    finally:
        shutil.rmtree(staged.parent, ignore_errors=True)
    return kept


def _refuse_another_site(current: Path, backup_file: Path) -> None:
    here, there = local_value(current, "site"), local_value(backup_file, "site")
    if here and there != here:
        raise BackupUnusable(f"{backup_file} is a backup of the {there} desk, not of {here}; "
                             "choose a backup of this desk, or restore into another --data-dir.")


def _stage(data_dir: Path, backup_file: Path) -> Path:
    """A migrated, re-checked copy of the backup beside the register, ready to move in."""
    staging = data_dir / STAGING_FOLDER
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    staged = register_file(staging)
    try:
        copy_database(backup_file, staged)
        Register.open(staging).close()
    except Exception as error:  # whatever stops it opening here would stop the desk too
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupUnusable(f"{backup_file} cannot be restored because it does not open as a "
                             f"register of this program ({error}); choose another backup "
                             "file, or update the program first.") from error
    return staged
