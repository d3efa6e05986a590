"""Rendering one receipt to PDF: ``python -m tests.benchmarks.receipts`` prints a table.

Target: under 30 ms median per receipt. The first render of a process loads the fonts and is
reported apart (``first``); the median and p90 are over the following renders.
"""

import statistics
import time
from datetime import datetime

from desktop.receipts.content import ReceiptContent
from desktop.receipts.layout import PAPERS
from desktop.receipts.pdf import receipt_pdf

RUNS = 60
SAMPLE = ReceiptContent(
    receipt_id="bench", number="RHO-2026-000123", site_name="OP Cafè Pregnana Milanese",
    occurred_at=datetime(2026, 3, 12, 10, 42), person_name="Niccolò Mazzà",
    themes=("lavoro", "debito", "famiglia"), volunteer="Giulia",
    next_appointment=datetime(2026, 3, 19, 15, 0), duplicate=False,
)


def measure(paper: str) -> tuple[float, list[float]]:
    start = time.perf_counter()
    receipt_pdf(SAMPLE, paper)
    first = time.perf_counter() - start
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        receipt_pdf(SAMPLE, paper)
        times.append(time.perf_counter() - start)
    return first, times


def main() -> None:
    print(f"{'paper':<7} {'first ms':>9} {'median ms':>10} {'p90 ms':>8} {'runs':>5}")
    for paper in PAPERS:
        first, times = measure(paper)
        p90 = statistics.quantiles(times, n=10)[-1]
        print(f"{paper:<7} {first * 1000:9.1f} {statistics.median(times) * 1000:10.1f} "
              f"{p90 * 1000:8.1f} {RUNS:5d}")


if __name__ == "__main__":
    main()
