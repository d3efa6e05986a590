"""Registers with rows in them, and a way to damage a register file on purpose."""

from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from desktop.backups.database_file import open_file
from sync.register import Register
from sync.schema import Person


def add_people(register: Register, count: int) -> list[str]:
    """``count`` people, one committed transaction each; their ids in commit order."""
    ids = []
    for number in range(count):
        with register.writing() as session:
            person = Person(given_name=f"Anna {number}", family_name="Verdi")
            session.add(person)
        ids.append(person.id)
    return ids


def people_ids(data_dir: Path) -> set[str]:
    register = Register.open(data_dir)
    try:
        with register.reading() as session:
            return set(session.scalars(select(Person.id)))
    finally:
        register.close()


def corrupt_table(path: Path, table: str = "people") -> None:
    """Overwrite the first page of ``table``: the file still opens, but ``integrity_check``
    finds the database malformed."""
    with closing(open_file(path)) as connection:
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                  (table,)).fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d" + b"\xff" * 100)
