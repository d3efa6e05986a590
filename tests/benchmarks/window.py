"""Cold start of the desk window over a large register, and its memory.

    python -m tests.benchmarks.window [--accesses 100000] [--runs 5]

Builds a Rho register with 30,000 people and 100,000 accesses (today's among them, all still
waiting to be synced: the heaviest status line), then starts a fresh Python process per run
and times process start → main window shown and painted, locked and ready for a PIN (the
sportello screen built behind it). Prints a table with the median and the worst run, and the
peak resident memory of the process. Targets: under 1.5 s, under 250 MB.
"""

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from desktop.services import accounts
from desktop.services.desk import create_desk, open_desk
from sync.changes import record_changes
from sync.ids import new_id
from sync.schema import Access, Person
from sync.vocabulary import THEMES

CHILD = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from desktop.ui.app import open_main_window, prepare_application
app, settings = prepare_application(Path(sys.argv[1]))
window = open_main_window(Path(sys.argv[1]), settings)
window.show()
window.grab()
app.processEvents()
ready = time.time()
rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(ready, rss // 1024, flush=True)
window.context.runner.wait_for_done()
"""


def build_register(data_dir: Path, n_people: int, n_accesses: int) -> None:
    register = create_desk(data_dir, "rho")
    accounts.create_account(register, "giulia", "Giulia Bianchi", "coordinator", "24680", None)
    rng = random.Random(7)
    now = datetime.now().replace(microsecond=0)
    people = [{"id": new_id(), "site": "rho", "hlc": register.clock.now(), "deleted": False,
               "given_name": rng.choice(("Marco", "Anna", "Nicolò", "Fatima", "Luca", "Sara")),
               "family_name": f"Cognome{index:05d}", "municipality": "Rho"}
              for index in range(n_people)]
    themes = [term.code for term in THEMES]
    access_rows = [{"id": new_id(), "site": "rho", "hlc": register.clock.now(), "deleted": False,
                    "person_id": rng.choice(people)["id"] if rng.random() < 0.9 else None,
                    "occurred_at": now - timedelta(minutes=rng.randrange(0, 60 * 24 * 700)),
                    "themes": ";".join(sorted(rng.sample(themes, 2), key=themes.index))}
                   for _ in range(n_accesses)]
    with register.raw_writing() as connection:
        connection.execute(insert(Person), people)
        connection.execute(insert(Access), access_rows)
        record_changes(connection, [("people", row["id"]) for row in people]
                       + [("accesses", row["id"]) for row in access_rows])
    register.close()
    open_desk(data_dir).close()  # first open builds desk-side indexes: not part of a start


def one_start(data_dir: Path) -> tuple[float, int]:
    started = time.time()
    output = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True,
                            text=True, check=True, timeout=120).stdout.split()
    return float(output[0]) - started, int(output[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accesses", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "desk"
        began = time.perf_counter()
        build_register(data_dir, args.people, args.accesses)
        print(f"register built in {time.perf_counter() - began:.1f} s "
              f"({args.people:,} people, {args.accesses:,} accesses)")
        one_start(data_dir)  # warm the OS file cache, as a desk that started before
        runs = [one_start(data_dir) for _ in range(args.runs)]
    seconds = [run[0] for run in runs]
    memory = [run[1] for run in runs]
    print(f"{'measure':<34}{'median':>10}{'worst':>10}{'target':>10}")
    print(f"{'cold start to usable window (s)':<34}{statistics.median(seconds):>10.2f}"
          f"{max(seconds):>10.2f}{1.5:>10.2f}")
    print(f"{'peak resident memory (MB)':<34}{statistics.median(memory):>10.0f}"
          f"{max(memory):>10.0f}{250:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
