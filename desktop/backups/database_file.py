"""The one place that handles register files as files: copy, check, move.

Everything that opens a register file outside SQLAlchemy goes through ``open_file`` so that,
when the register is encrypted (SQLCipher), the key is applied here and nowhere else.
"""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", "-journal")
"""SQLite's companions of a database file; they belong to it and move with it."""


def open_file(path: Path) -> sqlite3.Connection:
    """A plain connection to an existing database file (never creates one)."""
    if not path.is_file():
        raise FileNotFoundError(path)
    return sqlite3.connect(path, isolation_level=None)


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database into ``target`` as one consistent snapshot.

    SQLite's online backup runs in a single step, so the copy is the state of one read
    transaction: writers at the desk go on (WAL) and nothing they commit halfway leaks in.
    The copy is a self-contained file (rollback journal, no ``-wal``), checked with
    ``integrity_check`` and flushed to the disk before this returns.
    """
    with closing(open_file(source)) as origin, closing(sqlite3.connect(target)) as copy:
        origin.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    problem = integrity_problem(target)
    if problem:
        raise sqlite3.DatabaseError(f"the copy failed its integrity check ({problem})")
    _flush_to_disk(target)


def integrity_problem(path: Path) -> str | None:
    """Why the file is not a sound SQLite database, in a few words; ``None`` when it is."""
    try:
        with closing(open_file(path)) as connection:
            findings = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    except FileNotFoundError:
        return "the file does not exist"
    except sqlite3.DatabaseError as error:
        return str(error)
    if findings == ["ok"]:
        return None
    return "; ".join(findings)


def local_value(path: Path, key: str) -> str | None:
    """A desk-local fact read straight from the file; ``None`` if it cannot be read."""
    try:
        with closing(open_file(path)) as connection:
            row = connection.execute("SELECT value FROM local_state WHERE key = ?",
                                     (key,)).fetchone()
    except (OSError, sqlite3.Error):
        return None
    return row[0] if row else None


def move_database(source: Path, target: Path) -> None:
    """Move a database file together with its ``-wal``/``-shm`` companions."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in SIDE_FILES:
        companion = source.with_name(source.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(source, target)


def _flush_to_disk(path: Path) -> None:
    """Make the copy survive a pulled USB stick or a power cut right after the backup."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
