"""Opening a desk's register with everything the desk adds on top of the shared schema."""

from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.backups.health import damaged_register
from desktop.services.search_index import ensure_index
from sync.register import Register


def create_desk(data_dir: Path, site: str) -> Register:
    """An empty register for ``site`` in ``data_dir``, ready for the desk."""
    return _prepare(Register.create(data_dir, site))


def open_desk(data_dir: Path) -> Register:
    """The register in ``data_dir``, migrated and ready for the desk; ``RegisterDamaged``,
    with the way out, when SQLite finds the file unreadable."""
    try:
        register = Register.open(data_dir)
    except OperationalError:  # locked, read-only, full disk: not damage
        raise
    except DatabaseError as error:
        raise damaged_register(data_dir, str(error.orig)) from error
    return _prepare(register)


def _prepare(register: Register) -> Register:
    """Add the desk-local people search index (idempotent, a no-op once it is built)."""
    with register.raw_writing() as connection:
        ensure_index(connection)
    return register
