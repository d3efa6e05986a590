"""The desk side of the fault suite, run as a child process so it can be SIGKILLed.

    python -m tests.trust.desk_worker DATA_DIR register --count N --prefix P
    python -m tests.trust.desk_worker DATA_DIR sync

``register`` records N people, each with one access, one write transaction per person, and
prints ``committed <given name>`` only after the commit returned: the parent's ledger of what
the desk promised to keep. ``sync`` runs one real ``sync_once`` round.

Named kill points (a test seam in this test process only, the product has none): set
``OP_FAULT_POINT`` and ``OP_FAULT_AT=k`` and the worker kills itself with SIGKILL on the k-th
occurrence, just before SQLite is told to COMMIT (or, for ``before_send``, before the batch
leaves):

- ``mid_registration``: inside a person's write transaction;
- ``before_send``: a push batch is built, nothing sent;
- ``before_ack_commit``: the office answered, the acknowledgement is not committed;
- ``during_cursor_write``: a pulled page and its cursor are written, not committed.
"""

import argparse
import os
import signal
import sys
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import event

import sync.client.pull as pull
import sync.client.push as push
from desktop.services.desk import open_desk
from sync.client import sync_once
from sync.client.connection import OfficeConnection
from sync.register import Register
from sync.schema import Access, Person

POINT = os.environ.get("OP_FAULT_POINT", "")
AT = int(os.environ.get("OP_FAULT_AT", "1"))


class _KillSwitch:
    """Counts occurrences of the armed point; the k-th one dies at the next COMMIT."""

    def __init__(self) -> None:
        self.seen, self.armed = 0, False

    def reached(self, point: str, *, now: bool = False) -> None:
        if point != POINT:
            return
        self.seen += 1
        if self.seen == AT:
            if now:
                _die()
            self.armed = True

    def before_commit(self, _connection) -> None:
        if self.armed:
            _die()


def _die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _install(switch: _KillSwitch, register: Register) -> None:
    event.listen(register.engine, "commit", switch.before_commit)
    send, acknowledge, apply_page = (OfficeConnection.push, push._acknowledge,
                                     pull._apply_page)

    def push_batch(self, batch):
        switch.reached("before_send", now=True)
        return send(self, batch)

    def acknowledge_batch(*args):
        switch.reached("before_ack_commit")
        return acknowledge(*args)

    def apply_pulled_page(*args):
        switch.reached("during_cursor_write")
        return apply_page(*args)

    OfficeConnection.push = push_batch
    push._acknowledge = acknowledge_batch
    pull._apply_page = apply_pulled_page


def register_people(register: Register, switch: _KillSwitch, count: int, prefix: str) -> None:
    for index in range(count):
        name = f"{prefix}{index}"
        with register.writing() as session:
            person = Person(given_name=name, family_name="Prova",
                            birth_date=date(1970 + index % 40, 1 + index % 12, 1))
            session.add(person)
            session.flush()
            session.add(Access(person_id=person.id, themes="lavoro",
                               occurred_at=datetime(2026, 3, 2, 9, index % 60)))
            switch.reached("mid_registration")
        print(f"committed {name}", flush=True)


def run_sync(register: Register) -> None:
    server, token = register.local_value("sync.server"), register.local_value("sync.token")
    with OfficeConnection(server, token, attempts=8, backoff=0.2) as office:
        outcome = sync_once(register, office=office)
    print(f"synced {outcome.sent} {outcome.received} {outcome.conflicts}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("action", choices=["register", "sync"])
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--prefix", default="P")
    args = parser.parse_args(argv)
    register = open_desk(args.data_dir)
    switch = _KillSwitch()
    _install(switch, register)
    try:
        if args.action == "register":
            register_people(register, switch, args.count, args.prefix)
        else:
            run_sync(register)
    finally:
        register.close()


if __name__ == "__main__":
    main()
