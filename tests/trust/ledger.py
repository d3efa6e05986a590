"""What the fault suite counts: records promised, then lost or duplicated anywhere.

A record is promised when the desk reported its commit (or, for bulk loads, when the loading
transaction returned). After the faults and one clean round, every promised record must be in
its desk and at the office exactly once, each row version must have taken exactly one
office sequence number (a batch applied twice would take two), every desk register must pass
``PRAGMA integrity_check``, and nothing may be left pending.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select

from desktop.services.desk import open_desk
from sync.schema import REPLICATED_MODELS, Access, ChangeRecord, Person
from sync.schema import Counter as SeqCounter


@dataclass
class Tally:
    scenario: str
    faults: int = 0
    checked: int = 0
    lost: int = 0
    duplicated: int = 0
    notes: list[str] = field(default_factory=list)

    def absorb(self, other: "Tally") -> None:
        self.faults += other.faults
        self.checked += other.checked
        self.lost += other.lost
        self.duplicated += other.duplicated
        self.notes += other.notes


def add_people(data_dir: Path, count: int, prefix: str) -> list[str]:
    """``count`` people with one access each, in one desk transaction; their names."""
    names = [f"{prefix}{index}" for index in range(count)]
    register = open_desk(data_dir)
    try:
        with register.writing() as session:
            for index, name in enumerate(names):
                person = Person(given_name=name, family_name="Prova",
                                birth_date=date(1970 + index % 40, 1, 1))
                session.add(person)
                session.flush()
                session.add(Access(person_id=person.id, themes="casa",
                                   occurred_at=datetime(2026, 4, 1, 10, index % 60)))
    finally:
        register.close()
    return names


def desk_state(data_dir: Path) -> tuple[bool, Counter[str], int]:
    """(integrity ok, people by given name, change records pending)."""
    register = open_desk(data_dir)
    try:
        ok = register.integrity_ok()
        with register.engine.connect() as connection:
            names = Counter(connection.execute(select(Person.given_name)).scalars())
            pending = connection.execute(
                select(func.count()).select_from(ChangeRecord)).scalar_one()
    finally:
        register.close()
    return ok, names, pending


def check_desk_after_fault(data_dir: Path, promised: list[str], tally: Tally) -> None:
    """Right after a kill: the file is sound and holds every promised record."""
    ok, names, _pending = desk_state(data_dir)
    if not ok:
        tally.notes.append(f"integrity_check failed on {data_dir.name}")
        tally.lost += 1
    tally.lost += sum(1 for name in promised if name not in names)


def audit(engine: Engine, desks: dict[Path, list[str]], tally: Tally) -> Tally:
    """After the clean round: compare every desk and the office with what was promised."""
    with engine.connect() as connection:
        office_people = Counter(connection.execute(select(Person.given_name)).scalars())
        accesses_per_person = Counter(connection.execute(
            select(Access.person_id).where(Access.person_id.is_not(None))).scalars())
        rows = sum(connection.execute(select(func.count()).select_from(model)).scalar_one()
                   for model in REPLICATED_MODELS)
        seq = connection.execute(select(SeqCounter.value).where(
            SeqCounter.name == "server_seq")).scalar_one()
    promised_all = [name for names in desks.values() for name in names]
    tally.checked += 2 * len(promised_all)  # each person and their access
    tally.lost += sum(1 for name in promised_all if office_people[name] == 0)
    tally.duplicated += sum(count - 1 for count in office_people.values() if count > 1)
    tally.duplicated += sum(count - 1 for count in accesses_per_person.values() if count > 1)
    if seq != rows:  # a version written twice took a second sequence number
        tally.notes.append(f"office seq {seq} for {rows} rows")
        tally.duplicated += max(0, seq - rows)
    for data_dir, promised in desks.items():
        ok, names, pending = desk_state(data_dir)
        if not ok:
            tally.notes.append(f"integrity_check failed on {data_dir.name}")
            tally.lost += 1
        if pending:
            tally.notes.append(f"{data_dir.name}: {pending} change record(s) never sent")
            tally.lost += pending
        tally.lost += sum(1 for name in promised if names[name] == 0)
        missed = set(office_people) - set(names)  # people are shared: every desk has all
        if missed:
            tally.notes.append(f"{data_dir.name} never received {len(missed)} people")
            tally.lost += len(missed)
        tally.duplicated += sum(count - 1 for count in names.values() if count > 1)
    return tally
