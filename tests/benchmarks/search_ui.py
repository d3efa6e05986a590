"""Keystroke in the Sportello search field to updated results, with 100,000 people.

Run: ``python -m tests.benchmarks.search_ui [N]`` (offscreen, no display needed). Loads N
people (default 100,000) with the search benchmark's generator, shows the real
``SportelloScreen`` and types queries into its search field one key at a time, timing each
key from the key press to the ``results_shown`` signal for the text now in the field (the
query runs on the runner, so this includes the thread hop both ways). "burst" types a
whole query without waiting and times the last key to the final results, which is what a
fast typist sees. Target: p95 under 50 ms per key.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from desktop.services.desk import create_desk
from desktop.ui.context import DeskContext
from desktop.ui.sportello.screen import SportelloScreen
from sync.schema import Access, Person
from tests.benchmarks.search import KINDS, _accesses, _person, _query


class ResultsWaiter:
    """Spins an event loop until the results for the field's current text are shown.

    Connected once: connecting and disconnecting per key trips a reference-count bug of
    PySide6 6.12 (``disconnect`` returns a ``True`` it does not own) after a few thousand
    keys.
    """

    def __init__(self, screen: SportelloScreen) -> None:
        self._screen = screen
        self._loop: QEventLoop | None = None
        screen.results_shown.connect(self._shown)

    def _shown(self, text: str) -> None:
        if self._loop is not None and text == self._screen.search_field.text():
            self._loop.quit()

    def wait(self, timeout_ms: int = 5000) -> None:
        self._loop = QEventLoop()
        QTimer.singleShot(timeout_ms, self._loop.quit)
        self._loop.exec()
        self._loop = None


def _type(screen: SportelloScreen, text: str) -> None:
    """Key events as a keyboard sends them, accented letters included (QTest's keyClicks
    only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(screen.search_field,
                                   QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _clear(screen: SportelloScreen, waiter: ResultsWaiter) -> None:
    screen.search_field.clear()
    waiter.wait()


def _per_key(screen: SportelloScreen, waiter: ResultsWaiter, query: str) -> list[float]:
    timings = []
    for char in query:
        began = time.perf_counter()
        _type(screen, char)
        waiter.wait()
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def _burst(screen: SportelloScreen, waiter: ResultsWaiter, query: str) -> float:
    _type(screen, query[:-1])
    began = time.perf_counter()
    _type(screen, query[-1])
    waiter.wait()
    return (time.perf_counter() - began) * 1000


def _row(label: str, count: int, timings: list[float]) -> str:
    p95 = statistics.quantiles(timings, n=20)[-1]
    return (f"{label:<24} {count:>9,} {len(timings):>6} {statistics.median(timings):>10.2f} "
            f"{p95:>8.2f} {max(timings):>8.2f}")


def main(count: int = 100_000, samples: int = 40) -> None:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(20260302)
    people = [_person(rng) for _ in range(count)]
    with tempfile.TemporaryDirectory() as folder:
        register = create_desk(Path(folder) / "desk", "rho")
        with register.raw_writing() as connection:
            connection.execute(insert(Person), people)
            connection.execute(insert(Access), _accesses(rng, people))
        context = DeskContext(register)
        screen = SportelloScreen(context)
        screen.resize(1366, 768)
        screen.show()
        app.processEvents()
        waiter = ResultsWaiter(screen)
        print(f"{'keystroke to results':<24} {'n people':>9} {'keys':>6} {'median ms':>10} "
              f"{'p95 ms':>8} {'max ms':>8}")
        every_key, bursts = [], []
        for kind in KINDS:
            queries = [q for q in (_query(kind, rng.choice(people)) for _ in range(samples))
                       if q]
            timings = []
            for query in queries:
                _clear(screen, waiter)
                timings += _per_key(screen, waiter, query)
                _clear(screen, waiter)
                bursts.append(_burst(screen, waiter, query))
            every_key += timings
            print(_row(f"per key: {kind}", count, timings))
        print(_row("per key: all kinds", count, every_key))
        print(_row("burst: last key", count, bursts))
        context.runner.wait_for_done()
        register.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
