"""The one place that handles register files as files: copy, check, move, encrypt.

Everything that opens a register file outside SQLAlchemy goes through ``open_file``: an
encrypted (SQLCipher) register is opened with this user's key here and nowhere else, and a
copy of an encrypted register is encrypted with the same key, so backups never hold the
register in clear. SQLCipher's errors are reported as ``sqlite3`` errors, so callers catch
one family.
"""

import os
import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path

import sqlcipher3

from sync.keys import key_for_file, key_pragma

SIDE_FILES = ("-wal", "-shm", "-journal")
"""SQLite's companions of a database file; they belong to it and move with it."""


def open_file(path: Path) -> sqlite3.Connection:
    """A connection to an existing database file (never creates one), unlocked with this
    user's key when the file is encrypted."""
    if not path.is_file():
        raise FileNotFoundError(path)
    return _connect(path, key_for_file(path))


def _connect(path: Path, key: bytes | None):
    if key is None:
        return sqlite3.connect(path, isolation_level=None)
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(key_pragma(key))
    return connection


def scratch_database():
    """An in-memory connection that can attach encrypted registers (``attach_file``): for
    staging work that must never touch the disk in clear."""
    return sqlcipher3.connect(":memory:", check_same_thread=False)


def attach_file(connection, path: Path, schema: str) -> None:
    """Attach the database at ``path`` as ``schema`` to a ``scratch_database`` connection,
    with this user's key when the file is encrypted."""
    key = key_for_file(path)
    secret = f"x'{key.hex()}'" if key else ""
    connection.execute(f"ATTACH DATABASE ? AS {schema} KEY \"{secret}\"", [str(path)])


@contextmanager
def _as_sqlite_errors():
    try:
        yield
    except sqlcipher3.Error as error:
        kind = (sqlite3.OperationalError if isinstance(error, sqlcipher3.OperationalError)
                else sqlite3.DatabaseError)
        raise kind(str(error)) from error


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database into ``target`` as one consistent snapshot.

    SQLite's online backup runs in a single step, so the copy is the state of one read
    transaction: writers at the desk go on (WAL) and nothing they commit halfway leaks in.
    The copy is a self-contained file (rollback journal, no ``-wal``), encrypted with the
    same key as the source, checked with ``integrity_check`` and flushed to the disk before
    this returns.
    """
    with _as_sqlite_errors():
        key = key_for_file(source)
        with closing(open_file(source)) as origin, closing(_connect(target, key)) as copy:
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
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as error:
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
    except (OSError, sqlite3.Error, sqlcipher3.Error):
        return None
    return row[0] if row else None


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn the plain register at ``path`` into an encrypted one with the same content.

    The plain file first leaves WAL mode (its ``-wal`` is folded in and removed, so no plain
    log can later be replayed onto the encrypted file), then ``sqlcipher_export`` writes an
    encrypted twin beside it, which is checked, flushed and renamed over the original. A
    failure at any step leaves the plain register as it was. Raises ``sqlite3.Error`` (e.g.
    when another program holds the register open).
    """
    twin = path.with_name(path.name + ".encrypting")
    twin.unlink(missing_ok=True)
    try:
        with _as_sqlite_errors(), closing(sqlcipher3.connect(str(path),
                                                             isolation_level=None)) as plain:
            plain.execute("PRAGMA journal_mode=DELETE")
            version = plain.execute("PRAGMA user_version").fetchone()[0]
            plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"",
                          (str(twin),))
            plain.execute("SELECT sqlcipher_export('encrypted')")
            plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            plain.execute("DETACH DATABASE encrypted")
        with _as_sqlite_errors(), closing(_connect(twin, key)) as check:
            verdict = check.execute("PRAGMA integrity_check(5)").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"the encrypted copy failed its check ({verdict})")
        _flush_to_disk(twin)
        os.replace(twin, path)
    finally:
        twin.unlink(missing_ok=True)


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
