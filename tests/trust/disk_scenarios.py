"""Disk full and I/O errors at the desk, once and for good: the write fails whole, the
volunteer gets a sentence, and once the disk is fixed every record still syncs exactly once.

A full disk is SQLite's own: ``PRAGMA max_page_count`` pinned to the file's current size, so
the next page SQLite needs fails with SQLITE_FULL exactly as on a full partition. An I/O error
is raised by the driver layer on the statements that write the change log or acknowledge a
push (a failing VFS needs C; the error surfaces through the same code path).
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from desktop.services.desk import create_desk
from desktop.ui.errors import explain
from sync.client import bind_credential
from sync.register import Register
from sync.schema import Access, ChangeRecord, Person
from sync.server.run import open_store
from tests.trust.ledger import Tally
from tests.trust.replay_scenarios import InProcessOffice

Fault = Callable[[Register, bool], Callable[[], None]]
"""fault(register, always) -> undo: make the desk's disk fail (once, or until undone)."""


def full_disk(register: Register, always: bool) -> Callable[[], None]:
    state = {"armed": True}

    def pin_size(dbapi_connection, _record) -> None:
        if state["armed"]:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")
            state["armed"] = always

    event.listen(register.engine, "connect", pin_size)
    register.engine.dispose()

    def undo() -> None:
        event.remove(register.engine, "connect", pin_size)
        register.engine.dispose()
    return undo


def io_error(register: Register, always: bool) -> Callable[[], None]:
    state = {"armed": True}
    driver_error = register.engine.dialect.loaded_dbapi.OperationalError

    def fail_writes(_conn, _cursor, statement, _params, _context, _many) -> None:
        writes_log = statement.startswith(("INSERT INTO change_log", "DELETE FROM change_log"))
        if state["armed"] and writes_log:
            state["armed"] = always
            raise driver_error("disk I/O error")

    event.listen(register.engine, "before_cursor_execute", fail_writes)
    return lambda: event.remove(register.engine, "before_cursor_execute", fail_writes)


FAULTS: dict[str, Fault] = {"disk full": full_disk, "I/O error": io_error}
SENTENCES: set[str] = set()
"""What the volunteer was shown, for the run's report."""


def _counts(register: Register) -> tuple[int, int, int]:
    with register.engine.connect() as connection:
        return tuple(connection.execute(select(func.count()).select_from(model)).scalar_one()
                     for model in (Person, Access, ChangeRecord))


def _register_people(register: Register, prefix: str, count: int) -> list[str]:
    names = [f"{prefix}{index}" for index in range(count)]
    with register.writing() as session:
        for name in names:
            person = Person(given_name=name, family_name="Disco")
            session.add(person)
            session.flush()
            session.add(Access(person_id=person.id, themes="debito", notes="x" * 2_000,
                               occurred_at=datetime(2026, 5, 4, 11, 0)))
    return names


def _expect_failure(action: Callable[[], object], register: Register, tally: Tally,
                    kept: slice = slice(None)) -> None:
    """``action`` must fail with an error the desk can explain, leaving the ``kept`` counts
    of ``_counts`` as they were and the file sound."""
    before = _counts(register)[kept]
    try:
        action()
    except OperationalError as error:
        SENTENCES.add(explain(error))
        tally.faults += 1
    else:
        tally.notes.append("an injected fault did not surface")
        tally.lost += 1
    if _counts(register)[kept] != before or not register.integrity_ok():
        tally.notes.append(f"a failed write changed the register: {before} -> "
                           f"{_counts(register)}")
        tally.lost += 1


def disk_faults(folder: Path, rounds: int, seed: int) -> Tally:
    """For each fault, once and always: registering and syncing fail visibly, then work."""
    del seed  # deterministic: the faults hit the first write they can
    tally = Tally("disk full / I/O error at the desk")
    store = open_store(f"sqlite:///{folder / 'office.sqlite3'}")
    office = InProcessOffice(store, [])
    desks = []
    try:
        for name, fault in FAULTS.items():
            for always in (False, True):
                register = create_desk(folder / f"{name}-{always}".replace(" ", "_"), "rho")
                desks.append(register)
                bind_credential(register, "in-process", "unused")
                promised = _register_people(register, "a", rounds)
                undo = fault(register, always)
                attempts = 3 if always else 1
                for _ in range(attempts):
                    _expect_failure(lambda r=register: _register_people(r, "b", rounds),
                                    register, tally)
                if always:
                    # change records may go: a push the office acknowledged is done
                    _expect_failure(lambda r=register: office.sync(r), register, tally,
                                    slice(0, 2))
                undo()
                promised += _register_people(register, "c", rounds)
                office.sync(register)
                office.sync(register)
                tally.checked += 2 * len(promised)
                with store.engine.connect() as connection:
                    held = connection.execute(select(func.count()).select_from(Person).where(
                        Person.site == "rho")).scalar_one()
                tally.lost += max(0, len(promised) * len(desks) - held)
                tally.duplicated += max(0, held - len(promised) * len(desks))
                tally.lost += _counts(register)[2]  # nothing left unsent
    finally:
        for register in desks:
            register.close()
        store.engine.dispose()
    return tally
