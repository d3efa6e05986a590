"""Run the fault-injection suite and print its table.

    python -m tests.trust.run            # the reduced sizes CI runs as tests
    python -m tests.trust.run --full     # the full run (about 10 minutes)
    python -m tests.trust.run --only desk_syncing --seed 7
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.trust.disk_scenarios import SENTENCES
from tests.trust.scenarios import SCENARIOS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=sorted(SCENARIOS), action="append")
    args = parser.parse_args(argv)
    header = f"{'scenario':44} {'faults':>7} {'records':>8} {'lost':>5} {'dup':>4} {'s':>6}"
    print(header)
    print("-" * len(header))
    totals = [0, 0, 0, 0]
    for name in args.only or SCENARIOS:
        scenario, reduced, full = SCENARIOS[name]
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=f"trust-{name}-") as folder:
            tally = scenario(Path(folder), full if args.full else reduced, args.seed)
        row = (tally.faults, tally.checked, tally.lost, tally.duplicated)
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"{tally.scenario:44} {row[0]:7} {row[1]:8} {row[2]:5} {row[3]:4} "
              f"{time.monotonic() - started:6.1f}", flush=True)
        for note in dict.fromkeys(tally.notes):
            print(f"    {note}")
    print("-" * len(header))
    print(f"{'total':44} {totals[0]:7} {totals[1]:8} {totals[2]:5} {totals[3]:4}")
    for sentence in SENTENCES:
        print(f"volunteer saw: {sentence}")
    return 1 if totals[2] or totals[3] else 0


if __name__ == "__main__":
    sys.exit(main())
