"""Backup file names and which backups to keep: 7 daily and 4 weekly.

Only files whose name this module gave (``op-desk-SITE-YYYYMMDD-HHMMSS.sqlite3``) are ever
removed, so a shared USB stick can hold anything else, other desks' backups included. The
time comes from the name, not from the file's date, which copying to a stick may change.
"""

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DAILY_KEPT = 7
WEEKLY_KEPT = 4
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"op-desk-(?P<site>[a-z]+)-(?P<stamp>\d{8}-\d{6})\.sqlite3")
_PARTIAL = re.compile(r"\.(?P<name>op-desk-[a-z]+-\d{8}-\d{6}\.sqlite3)\.partial")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    site: str
    taken_at: datetime


def backup_name(site: str, taken_at: datetime) -> str:
    return f"op-desk-{site}-{taken_at.strftime(_STAMP)}.sqlite3"


def partial_name(final_name: str) -> str:
    """Where a backup is written before it is checked and renamed into place."""
    return f".{final_name}.partial"


def parse_backup(path: Path) -> BackupFile | None:
    """The backup a file name describes, or ``None`` for a file that is not ours."""
    match = _NAME.fullmatch(path.name)
    if not match:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupFile(path, match["site"], taken_at)


def backups_in(folder: Path, site: str) -> list[BackupFile]:
    """This site's backups in ``folder``, newest first (none when it cannot be read)."""
    try:
        found = [parse_backup(path) for path in folder.iterdir() if path.is_file()]
    except OSError:  # missing, unplugged, not ours to read: the caller reports the folder
        return []
    return sorted((backup for backup in found if backup and backup.site == site),
                  key=lambda backup: backup.taken_at, reverse=True)


def backups_to_keep(times: Iterable[datetime], daily: int = DAILY_KEPT,
                    weekly: int = WEEKLY_KEPT) -> set[datetime]:
    """The newest backup of each of the last ``daily`` days that have one, then the newest of
    each of the ``weekly`` weeks before those (a week already represented does not count)."""
    newest_first = sorted(set(times), reverse=True)
    kept: set[datetime] = set()
    _keep_newest_per_period(newest_first, lambda t: t.date(), daily, kept)
    _keep_newest_per_period(newest_first, lambda t: t.isocalendar()[:2], weekly, kept)
    return kept


def _keep_newest_per_period(newest_first: list[datetime], period: Callable[[datetime], Hashable],
                            count: int, kept: set[datetime]) -> None:
    seen: set[Hashable] = set()
    added = 0
    for moment in newest_first:
        if added == count:
            return
        key = period(moment)
        if key in seen:
            continue
        seen.add(key)
        if moment not in kept:
            kept.add(moment)
            added += 1


def rotate_backups(folder: Path, site: str) -> list[Path]:
    """Remove this site's backups beyond 7 daily + 4 weekly, and partial files that a newer
    finished backup proves abandoned. Returns what was removed."""
    backups = backups_in(folder, site)
    keep = backups_to_keep(backup.taken_at for backup in backups)
    doomed = [backup.path for backup in backups if backup.taken_at not in keep]
    if backups:
        doomed += _abandoned_partials(folder, site, newest=backups[0].taken_at)
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def _abandoned_partials(folder: Path, site: str, newest: datetime) -> list[Path]:
    abandoned = []
    for path in folder.iterdir():
        match = _PARTIAL.fullmatch(path.name)
        backup = parse_backup(Path(match["name"])) if match else None
        if backup and backup.site == site and backup.taken_at < newest:
            abandoned.append(path)
    return abandoned
