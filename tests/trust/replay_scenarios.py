"""Fault scenarios about order and time, run in one process against a real central store.

``InProcessOffice`` is the endpoint's store without HTTP: the desks run their real
``sync_once`` (push, acknowledge, pull) against it, and it keeps every batch it accepted so
the same batches can be replayed, repeated and shuffled, into a fresh store.
"""

import json
import random
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.services.desk import create_desk
from sync.client import bind_credential, sync_once
from sync.clock import wall_millis
from sync.protocol import MAX_BATCH_ROWS, wire_columns
from sync.register import Register
from sync.schema import REPLICATED_MODELS, Conflict, Person
from sync.server.batches import parse_batch
from sync.server.run import open_store
from sync.server.store import CentralStore
from tests.trust.ledger import Tally

HOUR = 3_600_000
YEAR = 365 * 24 * HOUR
CONFLICT_FACTS = ("id", "table_name", "row_id", "loser_hlc", "loser_row")
"""What identifies a kept loser; its own stamp and detection time are the office's."""


class InProcessOffice:
    """The ``OfficeConnection`` surface (push, changes) over a store, for one site."""

    def __init__(self, store: CentralStore, delivered: list[tuple[str, str]]) -> None:
        self.store, self.delivered, self.site = store, delivered, ""

    def push(self, body: bytes) -> dict[str, Any]:
        message = body.decode("utf-8")
        self.delivered.append((self.site, message))
        batch = parse_batch(json.loads(message), MAX_BATCH_ROWS)
        result = self.store.apply_batch(self.site, batch)
        return {"batch_id": batch.batch_id, "applied": result.applied,
                "conflicts": result.conflicts, "held": result.held}

    def changes(self, since: int, limit: int) -> dict[str, Any]:
        return json.loads(self.store.changes_since(self.site, since, limit))

    def sync(self, register: Register) -> None:
        self.site = register.site
        sync_once(register, office=self)


def store_state(store: CentralStore) -> dict[str, Any]:
    """Everything the office holds, without the office's own sequence and stamps."""
    state: dict[str, Any] = {}
    with store.engine.connect() as connection:
        for model in REPLICATED_MODELS:
            table = model.__tablename__
            names = CONFLICT_FACTS if model is Conflict else wire_columns(table)
            columns = model.__table__.c
            state[table] = {tuple(row) for row in connection.execute(
                select(*(columns[name] for name in names)))}
    return state


def _edit_people(register: Register, rng: random.Random, how_many: int,
                 edits: dict[str, list[str]]) -> None:
    """Change the phone of some people this desk holds, remembering each new stamp."""
    with register.writing() as session:
        people = session.scalars(select(Person)).all()
        for person in rng.sample(people, min(how_many, len(people))):
            person.phone = f"3{rng.randrange(10**8):08d}"
            session.flush()
            edits.setdefault(person.id, []).append(person.hlc)


def _new_people(register: Register, count: int, prefix: str, created: list[str]) -> None:
    with register.writing() as session:
        for index in range(count):
            session.add(Person(given_name=f"{prefix}{index}", family_name=register.site))
            created.append(f"{prefix}{index}")


def _busy_desks(folder: Path, office: InProcessOffice, rng: random.Random, rounds: int,
                skews: dict[str, list[int]]) -> tuple[dict[str, Register], list[str],
                                                      dict[str, list[str]]]:
    """Desks (one per skew entry) creating and concurrently editing shared people over
    ``rounds`` rounds; skews[site][round] is that desk's wall clock error in that round."""
    desks = {site: create_desk(folder / site, site) for site in skews}
    for register in desks.values():  # sync_once asks for a binding; the token is unused
        bind_credential(register, "in-process", "unused")
    created: list[str] = []
    edits: dict[str, list[str]] = {}
    for number in range(rounds):
        order = list(desks)
        rng.shuffle(order)
        for site in order:
            register = desks[site]
            skew = skews[site][number % len(skews[site])]
            register.clock._wall = lambda skew=skew: wall_millis() + skew
            _new_people(register, rng.randint(1, 8), f"{site}{number}-", created)
            _edit_people(register, rng, rng.randint(0, 6), edits)
            if rng.random() < 0.8:  # a desk sometimes stays offline for a round
                office.sync(register)
    for _ in range(2):
        for register in desks.values():
            office.sync(register)
    return desks, created, edits


def redelivered_batches(folder: Path, rounds: int, seed: int) -> Tally:
    """Every batch of a busy day delivered 1-5 times, the copies arriving late and out of
    order, ends in the same state as one delivery in order."""
    rng, tally = random.Random(seed), Tally("batches redelivered 1-5x, shuffled")
    delivered: list[tuple[str, str]] = []
    live = open_store(f"sqlite:///{folder / 'live.sqlite3'}")
    desks, _created, _edits = _busy_desks(folder, InProcessOffice(live, delivered), rng,
                                          rounds, {site: [0] for site in
                                                   ("rho", "lainate", "settimo")})
    for register in desks.values():
        register.close()
    ordered = _replayed(folder / "ordered.sqlite3", delivered)
    shuffled = _late_copies(delivered, rng)
    tally.faults = len(shuffled) - len(delivered)
    replayed = _replayed(folder / "shuffled.sqlite3", shuffled)
    tally.checked = sum(len(rows) for rows in ordered.values())
    for table in ordered:
        tally.lost += len(ordered[table] - replayed[table])
        tally.duplicated += len(replayed[table] - ordered[table])
        if ordered[table] != replayed[table]:
            tally.notes.append(f"{table}: {len(ordered[table] - replayed[table])} missing, "
                               f"{len(replayed[table] - ordered[table])} extra")
    live.engine.dispose()
    return tally


def _late_copies(delivered: list[Any], rng: random.Random) -> list[Any]:
    """Each batch delivered 1-5 times: its first copy where the desk first sent it (a
    desk pushes only what it has, after pulling what it edits), every extra copy at a random
    later moment, after batches sent since — the stale duplicate of a retried request."""
    schedule = [(float(index), item) for index, item in enumerate(delivered)]
    for index, item in enumerate(delivered):
        schedule += [(rng.uniform(index, len(delivered)), item)
                     for _ in range(rng.randint(0, 4))]
    return [item for _, item in sorted(schedule, key=lambda pair: pair[0])]


def _replayed(path: Path, deliveries: list[tuple[str, str]]) -> dict[str, Any]:
    store = open_store(f"sqlite:///{path}")
    try:
        for site, message in deliveries:
            store.apply_batch(site, parse_batch(json.loads(message), MAX_BATCH_ROWS))
        return store_state(store)
    finally:
        store.engine.dispose()


def skewed_clocks(folder: Path, rounds: int, seed: int) -> Tally:
    """Desks whose clocks are off by a day or a year either way, one stepped back by a
    year halfway: every record arrives everywhere once, every desk converges to the office,
    and each row ends on its greatest stamp (no edit lost to a slow clock)."""
    rng, tally = random.Random(seed), Tally("clocks skewed ±24 h, ±1 year, stepped back")
    store = open_store(f"sqlite:///{folder / 'office.sqlite3'}")
    skews = {"rho": [24 * HOUR], "lainate": [-24 * HOUR], "pregnana": [YEAR, YEAR, 0, -YEAR],
             "settimo": [-YEAR]}
    desks, created, edits = _busy_desks(folder, InProcessOffice(store, []), rng, rounds, skews)
    tally.faults = sum(len(values) for values in skews.values())
    try:
        office = store_state(store)
        held = {row[0]: row[wire_columns("people").index("hlc")] for row in office["people"]}
        names = [row[wire_columns("people").index("given_name")] for row in office["people"]]
        tally.checked = len(created) + sum(len(stamps) for stamps in edits.values())
        tally.lost += len(set(created) - set(names))
        tally.duplicated += len(names) - len(set(names))
        tally.lost += sum(1 for row_id, stamps in edits.items() if held[row_id] != max(stamps))
        for site, register in desks.items():
            with register.engine.connect() as connection:
                mine = dict(connection.execute(select(Person.id, Person.hlc)).all())
            if mine != held:
                tally.notes.append(f"{site} differs from the office on "
                                   f"{len(set(mine.items()) ^ set(held.items()))} people")
                tally.lost += len(set(held.items()) - set(mine.items()))
    finally:
        for register in desks.values():
            register.close()
        store.engine.dispose()
    return tally
