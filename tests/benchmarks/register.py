"""Legacy import and export at register scale: median wall-clock and CPU seconds.

Run: ``python -m tests.benchmarks.register [--people 30000] [--accesses 100000] [--runs 3]``.
Generates one legacy folder with ``tests.datagen`` (consultations, requests, homes, stays,
activities and participations scale with it), then, ``--runs`` times over: imports it into a
fresh desk register, imports it again (the idempotent no-op), dry-runs it, and exports the
register. Each phase of the first import is timed through the progress callback the window
uses. Target on the 2-core CI machine: the first import under 10 s. The machine is shared:
wall-clock includes waiting for a core, CPU time does not; both are shown.

Person search, the window and the key-number report have their own benchmarks in this package
(``search``, ``window``, ``keynumbers``).
"""

import argparse
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from desktop.legacy.exporting import export_folder
from desktop.legacy.importing import import_folder
from desktop.services.desk import create_desk
from tests.datagen import write_legacy_folder

TARGET_SECONDS = 10.0


class PhaseClock:
    """A progress callback that notes when each phase starts, to time the phases."""

    def __init__(self) -> None:
        self.started: dict[str, float] = {}

    def __call__(self, phase: str, _done: int, _total: int) -> None:
        self.started.setdefault(phase.split(" ")[0], time.perf_counter())

    def durations(self, end: float) -> dict[str, float]:
        marks = [*sorted(self.started.items(), key=lambda item: item[1]), ("end", end)]
        return {name: later - at for (name, at), (_, later) in pairwise(marks)}


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def run(people: int, accesses: int, runs: int) -> None:
    timings: dict[str, list[tuple[float, float]]] = defaultdict(list)
    phases: dict[str, list[float]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="op-desk-bench-") as scratch:
        root = Path(scratch)
        counts = write_legacy_folder(root / "legacy", people=people, accesses=accesses,
                                     seed=20260302)
        rows = sum(counts.values())
        for attempt in range(runs):
            desk = create_desk(root / f"desk{attempt}", "rho")
            try:
                clock = PhaseClock()
                timings["import (new register)"].append(_timed(
                    lambda desk=desk, clock=clock: import_folder(desk, root / "legacy",
                                                                 progress=clock)))
                for name, seconds in clock.durations(time.perf_counter()).items():
                    phases[name].append(seconds)
                timings["import again (no-op)"].append(_timed(
                    lambda desk=desk: import_folder(desk, root / "legacy")))
                timings["dry run"].append(_timed(
                    lambda desk=desk: import_folder(desk, root / "legacy", dry_run=True)))
                timings["export"].append(_timed(
                    lambda desk=desk, out=root / f"out{attempt}": export_folder(desk, out)))
            finally:
                desk.close()
    print(f"Legacy folder: {people:,} people, {accesses:,} accesses, {rows:,} rows in all "
          f"({', '.join(f'{name} {count:,}' for name, count in counts.items())}); "
          f"{runs} runs, medians.")
    print(f"{'step':<28}{'wall s':>10}{'cpu s':>10}{'rows/s (wall)':>16}")
    for step, values in timings.items():
        wall = statistics.median(value[0] for value in values)
        cpu = statistics.median(value[1] for value in values)
        print(f"{step:<28}{wall:>10.2f}{cpu:>10.2f}{rows / wall:>16,.0f}")
    print("first import by phase (wall s):")
    for name, values in phases.items():
        print(f"  {name:<26}{statistics.median(values):>10.2f}")
    first = statistics.median(value[0] for value in timings["import (new register)"])
    verdict = "within" if first < TARGET_SECONDS else "OVER"
    print(f"first import {first:.2f} s: {verdict} the {TARGET_SECONDS:.0f} s target")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.register",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--accesses", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    run(args.people, args.accesses, args.runs)


if __name__ == "__main__":
    main()
