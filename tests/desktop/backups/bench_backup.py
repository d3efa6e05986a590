"""How long backups, the start-up check and a restore take on a register of a given size.

    python -m tests.desktop.backups.bench_backup [PEOPLE] [ACCESSES]

Prints one table of medians over five runs (min–max beside them, the machine is shared).
"""

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from desktop.backups import backup_register, check_register, restore_register
from sync.ids import new_id
from sync.register import Register
from sync.schema import Access, Person

RUNS = 5


def filled_register(data_dir: Path, people: int, accesses: int) -> Register:
    register = Register.create(data_dir, "rho")
    stamp = register.clock.now()
    person_ids = [new_id() for _ in range(people)]
    start = datetime(2024, 1, 1, 9, 0)
    with register.raw_writing() as connection:
        connection.execute(Person.__table__.insert(), [
            {"id": pid, "site": "rho", "hlc": stamp, "deleted": False,
             "given_name": f"Nome {n}", "family_name": f"Cognome {n % 5000}",
             "municipality": "Rho", "phone": f"333{n:07d}"}
            for n, pid in enumerate(person_ids)])
        connection.execute(Access.__table__.insert(), [
            {"id": new_id(), "site": "rho", "hlc": stamp, "deleted": False,
             "person_id": person_ids[n % people], "themes": "lavoro;casa",
             "occurred_at": start + timedelta(minutes=17 * n)}
            for n in range(accesses)])
    return register


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main(people: int = 50_000, accesses: int = 150_000) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        register = filled_register(root / "desk", people, accesses)
        size_mb = register.path.stat().st_size / 2**20
        folder = root / "usb"
        backups, checks, restores = [], [], []
        for run in range(RUNS):
            moment = datetime(2026, 3, 1) + timedelta(days=run)
            backups.append(timed(lambda m=moment: backup_register(register.path, folder, m)))
            checks.append(timed(lambda: check_register(root / "desk")))
        latest = sorted(folder.glob("op-desk-rho-*.sqlite3"))[-1]
        for run in range(RUNS):
            restores.append(timed(lambda r=run: restore_register(root / f"restored{r}", latest,
                                                                 datetime(2026, 4, 1))))
        register.close()
    print(f"register: {people} people, {accesses} accesses, {size_mb:.0f} MiB")
    print(f"{'step':<28}{'median s':>10}{'min–max s':>16}")
    for name, times in (("backup (copy+check+rotate)", backups),
                        ("start-up check", checks), ("restore into empty folder", restores)):
        print(f"{name:<28}{statistics.median(times):>10.2f}"
              f"{f'{min(times):.2f}–{max(times):.2f}':>16}")


if __name__ == "__main__":
    main(*(int(value) for value in sys.argv[1:3]))
