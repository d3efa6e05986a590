"""Sync throughput on loopback: initial push, incremental round, full pull, 200 desks, CLI.

Run: ``python -m tests.benchmarks.sync [RECORDS]`` (default 100,000). The office is the real
``op-sync serve`` in a subprocess on a fresh SQLite store (OP_BENCH_DB may name a PostgreSQL
database instead, where each store is a new schema); desks are real desk registers
(encrypted, with the search index) driven from this process. A server in a thread of the
same process would add ~40 ms to every keep-alive request (measured), which is an artefact,
not the protocol. Prints one table; quote medians, and mind that the machine is shared.
"""

import os
import secrets
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import create_engine, insert, select

from desktop.services.desk import create_desk, open_desk
from sync.changes import record_changes
from sync.client import bind_credential, local_state, sync_once
from sync.client.connection import OfficeConnection
from sync.client.pull import pull_all
from sync.client.push import push_pending
from sync.enrolment import issue_code, redeem_code
from sync.ids import new_id
from sync.register import Register
from sync.schema import Access, Counter, Person
from sync.server.run import open_store
from tests.sync.office import SITES, add_casework

REPEATS = 3
"""Initial pushes and full pulls measured per run: the machine is shared, one is noise."""


class ServedOffice:
    """``op-sync serve`` in a subprocess on a free port, plus a direct handle on its store
    for issuing credentials."""

    def __init__(self, url: str) -> None:
        self.store = open_store(url)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._process = subprocess.Popen(
            [sys.executable, "-m", "sync.cli", "--db", url, "serve", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                httpx.get(f"{self.url}/v1/health")
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("op-sync serve did not start")

    def __enter__(self) -> "ServedOffice":
        return self

    def __exit__(self, *_exc) -> None:
        self._process.terminate()
        self._process.wait(10)
        self.store.engine.dispose()

    def cpu_seconds(self) -> float:
        """CPU time the server process has used (Linux /proc; 0 elsewhere)."""
        try:
            fields = Path(f"/proc/{self._process.pid}/stat").read_text().rsplit(")", 1)[1]
        except OSError:
            return 0.0
        user, system = fields.split()[11:13]
        return (int(user) + int(system)) / os.sysconf("SC_CLK_TCK")

    def enrol(self, data_dir: Path, site: str):
        register = create_desk(data_dir, site)
        _, token = redeem_code(self.store.engine, issue_code(self.store.engine, site))
        bind_credential(register, self.url, token)
        return register


def bulk_records(register, count: int) -> None:
    """``count`` records (half people, half their accesses) as an import would write them."""
    people, accesses, changes = [], [], []
    start = datetime(2024, 1, 1, 9, 0)
    for index in range(count // 2):
        person_id = new_id()
        people.append({"id": person_id, "site": register.site, "hlc": register.clock.now(),
                       "deleted": False, "given_name": f"Nome{index}",
                       "family_name": f"Cognome{index % 997}", "tax_code": None,
                       "phone": f"333{index:07d}", "municipality": "Rho"})
        access_id = new_id()
        accesses.append({"id": access_id, "site": register.site, "hlc": register.clock.now(),
                         "deleted": False, "person_id": person_id,
                         "occurred_at": start + timedelta(minutes=index),
                         "themes": "lavoro;casa", "notes": "nota di prova"})
        changes += [("people", person_id), ("accesses", access_id)]
    with register.raw_writing() as connection:
        connection.execute(insert(Person), people)
        connection.execute(insert(Access), accesses)
        record_changes(connection, changes)


def _timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def bench_initial_push(office, folder: Path, records: int):
    desk = office.enrol(folder, "rho")
    bulk_records(desk, records)
    with OfficeConnection(office.url, desk.local_value("sync.token")) as connection:
        seconds, (sent, _) = _timed(lambda: push_pending(desk, connection))
    assert sent == records, sent
    return desk, seconds


def bench_incremental(desk, rounds: int = 15) -> list[float]:
    sync_once(desk)  # take the office's copy of our own rows back first
    timings = []
    for round_number in range(rounds):
        add_casework(desk, people=24, tag=f"inc{round_number}")  # 24 + 24 + 2 = 50 rows
        seconds, outcome = _timed(lambda: sync_once(desk))
        assert outcome.sent == 50, outcome
        timings.append(seconds)
    return timings


def bench_full_pull(office, folder: Path):
    desk = office.enrol(folder, "rho")
    with OfficeConnection(office.url, desk.local_value("sync.token")) as connection:
        seconds, received = _timed(lambda: pull_all(desk, connection))
    desk.close()
    return seconds, received


def bench_many_desks(office, folder: Path, desks: int = 200
                     ) -> tuple[list[float], list[float], int, tuple[float, float]]:
    """Per desk push and round times, failures, and (office CPU seconds, wall seconds) while
    the desks ran: all 200 desks live in this one process, so their rounds include waiting
    for each other's local writes (up to 200 x 5,000 pulled rows), which real desks on their
    own PCs would not."""
    template = Register.create(folder / "template", "rho")  # plain SQLite: copied, then edited
    template.close()
    registers = []
    with office.store.engine.connect() as connection:
        cursor = connection.execute(select(Counter.value)).scalar_one()
    for number in range(desks):
        site = SITES[number % len(SITES)]
        target = folder / f"desk{number}"
        target.mkdir()
        shutil.copy(template.path, target / template.path.name)
        with sqlite3.connect(target / template.path.name) as db:
            db.execute("UPDATE local_state SET value = ? WHERE key = 'site'", (site,))
            db.execute("UPDATE local_state SET value = ? WHERE key = 'node'",
                       (f"{site}.{number:06x}",))
        register = Register.open(target)
        # Redeemed in-process: over HTTP the per-address enrolment limit would pace this.
        _, token = redeem_code(office.store.engine, issue_code(office.store.engine, site))
        bind_credential(register, office.url, token)
        with register.raw_writing() as connection:  # a desk already in step with the office
            local_state.put(connection, {local_state.PULL_CURSOR: str(cursor)})
        add_casework(register, people=24, tag=f"d{number}")
        registers.append(register)
    pushes, rounds, failures = [], [], []
    barrier = threading.Barrier(desks)

    def one(register):
        """Push then pull, timed apart: the pull brings up to ~5,000 shared rows that the
        other 199 desks pushed meanwhile."""
        barrier.wait()
        try:
            started = time.perf_counter()
            with OfficeConnection(office.url, register.local_value("sync.token")) as link:
                push_pending(register, link)
                pushed = time.perf_counter()
                pull_all(register, link)
            pushes.append(pushed - started)
            rounds.append(time.perf_counter() - started)
        except Exception as error:  # counted and reported, not hidden
            failures.append(error)

    threads = [threading.Thread(target=one, args=(r,)) for r in registers]
    office_cpu, started = office.cpu_seconds(), time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    load = (office.cpu_seconds() - office_cpu, time.perf_counter() - started)
    for register in registers:
        register.close()
    return pushes, rounds, len(failures), load


def bench_cli_round(office, desk_dir: Path, rounds: int = 3) -> list[float]:
    timings = []
    for round_number in range(rounds):
        register = open_desk(desk_dir)
        add_casework(register, people=24, tag=f"cli{round_number}")
        register.close()
        seconds, result = _timed(lambda: subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--data-dir", str(desk_dir), "sync"],
            capture_output=True, text=True, check=False))
        assert result.returncode == 0, result.stderr
        timings.append(seconds)
    return timings


def _note(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


def _row(rows: list, *cells: str) -> None:
    rows.append(cells)
    _note("  ".join(cells))


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


@contextmanager
def _fresh_stores(folder: Path) -> Iterator[list[str]]:
    """One empty store per repeated initial push: SQLite files, or with OP_BENCH_DB (a
    PostgreSQL URL) new schemas in that database, dropped afterwards."""
    server = os.environ.get("OP_BENCH_DB")
    if not server:
        yield [f"sqlite:///{folder / f'central{attempt}.sqlite3'}" for attempt in range(REPEATS)]
        return
    schemas = [f"op_bench_{secrets.token_hex(4)}" for _ in range(REPEATS)]
    admin = create_engine(server)
    with admin.begin() as connection:
        for schema in schemas:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield [f"{server}{'&' if '?' in server else '?'}options=-csearch_path%3D{schema}"
               for schema in schemas]
    finally:
        with admin.begin() as connection:
            for schema in schemas:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def main(argv: list[str]) -> None:
    records = int(argv[0]) if argv else 100_000
    folder = Path(tempfile.mkdtemp(prefix="op-sync-bench-"))
    rows: list[tuple[str, ...]] = []
    with _fresh_stores(folder) as urls, ExitStack() as servers:
        pushes = []
        for attempt, url in enumerate(urls):
            _note(f"initial push {attempt + 1}")
            office = servers.enter_context(ServedOffice(url))
            desk, seconds = bench_initial_push(office, folder / f"first{attempt}", records)
            pushes.append(seconds)
        _row(rows, f"initial push, {records:,} records",
             f"{records / statistics.median(pushes):,.0f} records/s",
             f"median {statistics.median(pushes):.2f} s; {_spread(pushes, 's')}")
        _note("incremental rounds")
        incremental = bench_incremental(desk)
        _row(rows, "incremental round (push+pull), 50 records",
             f"{statistics.median(incremental) * 1000:.1f} ms median",
             _spread([seconds * 1000 for seconds in incremental], "ms"))
        desk_dir = desk.path.parent
        desk.close()
        pulls = []
        for attempt in range(REPEATS):
            _note(f"full pull {attempt + 1}")
            seconds, received = bench_full_pull(office, folder / f"fresh{attempt}")
            pulls.append(seconds)
        _row(rows, f"pull to a fresh desk, {received:,} records",
             f"{received / statistics.median(pulls):,.0f} records/s",
             f"median {statistics.median(pulls):.2f} s; {_spread(pulls, 's')}")
        _note("op-desk sync rounds")
        cli = bench_cli_round(office, desk_dir)
        _row(rows, "op-desk sync, 50 records, incl. process start",
             f"{statistics.median(cli):.2f} s median", _spread(cli, "s"))
        _note("200 desks")
        pushes, rounds, failed, (office_cpu, wall) = bench_many_desks(office, folder)
        for label, timings in (("push only", pushes), ("full round", rounds)):
            _row(rows, f"200 desks x 50 records at once, {label}",
                 f"p50 {statistics.median(timings):.2f} s, p99 {_percentile(timings, 0.99):.2f} s",
                 f"{len(timings)} succeeded, {failed} failed")
        _row(rows, "200 desks at once, office CPU", f"{office_cpu:.1f} s in {wall:.1f} s",
             "the rest is the 200 desks' own work, all in this process")
    shutil.rmtree(folder, ignore_errors=True)
    kind = os.environ.get("OP_BENCH_DB", "sqlite").split(":")[0]
    print(f"\nSync benchmark ({kind} store, loopback, server in its own process)")
    width = max(len(row[0]) for row in rows)
    for what, value, note in rows:
        print(f"  {what:<{width}}  {value:>24}  {note}")


def _spread(values: list[float], unit: str) -> str:
    """Fastest and slowest of ``values`` and how many there were."""
    return f"min {min(values):.2f} {unit}, max {max(values):.2f} {unit} ({len(values)} runs)"


if __name__ == "__main__":
    main(sys.argv[1:])
