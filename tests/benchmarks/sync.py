"""Sync throughput on loopback: initial push, incremental round, full pull, 200 desks, CLI.

Run: ``python -m tests.benchmarks.sync [RECORDS]`` (default 100,000). The office runs
in-process (uvicorn in a thread, SQLite store) unless OP_BENCH_POSTGRES_URL names a
PostgreSQL database; desks are real registers in a temporary folder. Prints one table; the
client, the server and SQLite share this process's CPU (and the machine), so read the numbers
as a lower bound and quote medians.
"""

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from desktop.services.desk import open_desk
from sync.changes import record_changes
from sync.client import bind_credential, sync_once
from sync.client.connection import OfficeConnection
from sync.client.pull import pull_all
from sync.client.push import push_pending
from sync.enrolment import issue_code
from sync.ids import new_id
from sync.register import Register
from sync.schema import Access, Person
from tests.sync.office import SITES, LiveOffice, add_casework, store_at


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
    desk = office.enrol(folder / "first", "rho")
    bulk_records(desk, records)
    with OfficeConnection(office.url, desk.local_value("sync.token")) as connection:
        seconds, (sent, _) = _timed(lambda: push_pending(desk, connection))
    assert sent == records, sent
    return desk, seconds


def bench_incremental(desk, rounds: int = 7) -> list[float]:
    sync_once(desk)  # take the office's copy of our own rows back first
    timings = []
    for round_number in range(rounds):
        add_casework(desk, people=24, tag=f"inc{round_number}")  # 24 + 24 + 2 = 50 rows
        seconds, outcome = _timed(lambda: sync_once(desk))
        assert outcome.sent == 50, outcome
        timings.append(seconds)
    return timings


def bench_full_pull(office, folder: Path):
    desk = office.enrol(folder / "fresh", "rho")
    with OfficeConnection(office.url, desk.local_value("sync.token")) as connection:
        seconds, received = _timed(lambda: pull_all(desk, connection))
    desk.close()
    return seconds, received


def bench_many_desks(office, folder: Path, desks: int = 200) -> tuple[list[float], int]:
    template = Register.create(folder / "template", "rho")  # plain SQLite: copied, then edited
    template.close()
    registers = []
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
        with OfficeConnection(office.url) as connection:
            _, token = connection.enrol(issue_code(office.store.engine, site), site)
        bind_credential(register, office.url, token)
        add_casework(register, people=24, tag=f"d{number}")
        registers.append(register)
    timings, failures = [], []
    barrier = threading.Barrier(desks)

    def one(register):
        barrier.wait()
        try:
            seconds, _ = _timed(lambda: sync_once(register))
            timings.append(seconds)
        except Exception as error:  # counted and reported, not hidden
            failures.append(error)

    threads = [threading.Thread(target=one, args=(r,)) for r in registers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for register in registers:
        register.close()
    return timings, len(failures)


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


def main(argv: list[str]) -> None:
    records = int(argv[0]) if argv else 100_000
    folder = Path(tempfile.mkdtemp(prefix="op-sync-bench-"))
    kind = "postgres" if os.environ.get("OP_BENCH_POSTGRES_URL") else "sqlite"
    if kind == "postgres":
        os.environ["OP_TEST_POSTGRES_URL"] = os.environ["OP_BENCH_POSTGRES_URL"]
    rows = []
    with store_at(kind, folder) as store:
        office = LiveOffice(store)
        try:
            _note("initial push")
            desk, push_s = bench_initial_push(office, folder, records)
            _row(rows, f"initial push, {records:,} records", f"{push_s:.2f} s",
                         f"{records / push_s:,.0f} records/s")
            _note("incremental rounds")
            incremental = bench_incremental(desk)
            _row(rows, "incremental round (push+pull), 50 records",
                         f"{statistics.median(incremental) * 1000:.1f} ms median",
                         f"min {min(incremental) * 1000:.1f} ms, {len(incremental)} rounds")
            desk_dir = desk.path.parent
            desk.close()
            _note("full pull")
            pull_s, received = bench_full_pull(office, folder)
            _row(rows, f"pull to a fresh desk, {received:,} records", f"{pull_s:.2f} s",
                         f"{received / pull_s:,.0f} records/s")
            _note("op-desk sync rounds")
            cli = bench_cli_round(office, desk_dir)
            _row(rows, "op-desk sync, 50 records, incl. process start",
                         f"{statistics.median(cli):.2f} s median",
                         f"min {min(cli):.2f} s, {len(cli)} rounds")
            _note("200 desks")
            timings, failed = bench_many_desks(office, folder)
            _row(rows, f"{len(timings) + failed} desks x 50 records at once",
                         f"p50 {statistics.median(timings):.2f} s, "
                         f"p99 {_percentile(timings, 0.99):.2f} s",
                         f"{len(timings)} succeeded, {failed} failed")
        finally:
            office.stop()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"\nSync benchmark ({kind} store, loopback, one process)")
    width = max(len(row[0]) for row in rows)
    for what, value, note in rows:
        print(f"  {what:<{width}}  {value:>22}  {note}")


if __name__ == "__main__":
    main(sys.argv[1:])
