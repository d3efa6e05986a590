"""Opening a desk's register with everything the desk adds on top of the shared schema.

A desk's register is encrypted (SQLCipher) with this user's key (``sync.keys``): a new one is
born encrypted, and a plain register from an older version is encrypted the first time it is
opened here, so old desks keep working and end up protected.
"""

import sqlite3
from contextlib import suppress
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.backups.database_file import encrypt_in_place
from desktop.backups.health import damaged_register
from desktop.services.search_index import bulk_load, ensure_index
from sync.keys import desk_key, is_plain_sqlite
from sync.register import Register


def create_desk(data_dir: Path, site: str) -> Register:
    """An empty, encrypted register for ``site`` in ``data_dir``, ready for the desk."""
    return _prepare(Register.create(data_dir, site, key=desk_key(create=True)))


def open_desk(data_dir: Path) -> Register:
    """The register in ``data_dir``, migrated, encrypted and ready for the desk;
    ``RegisterDamaged``, with the way out, when SQLite finds the file unreadable."""
    try:
        register = Register.open(data_dir)
    except OperationalError:  # locked, read-only, full disk: not damage
        raise
    except DatabaseError as error:
        raise damaged_register(data_dir, str(error.orig)) from error
    if is_plain_sqlite(register.path):
        register = _encrypted(register, data_dir)
    return _prepare(register)


def _encrypted(register: Register, data_dir: Path) -> Register:
    """The plain ``register`` encrypted in place and reopened; left plain (to try again at
    the next start) when another program holds it open."""
    register.close()
    with suppress(sqlite3.OperationalError):
        encrypt_in_place(register.path, desk_key(create=True))
    return Register.open(data_dir)


def _prepare(register: Register) -> Register:
    """Add the desk-local people search index (idempotent, a no-op once it is built), and
    let bulk loads that know nothing of it (a first pull) suspend and rebuild it."""
    with register.raw_writing() as connection:
        ensure_index(connection)
    register.bulk_load = bulk_load
    return register
