"""How fast each casework list opens on a large register: ``python -m tests.benchmarks.lists``.

Builds a Rho desk with 100,000 accesses and their matching records (20,000 people, 40,000
consultations, 8,000 requests), then times, ``RUNS`` times each, from building the screen to
its list being on screen (first page of ids and the count read by the filters' SQL, first
page of rows drawn), with the filters a volunteer gets by default ("This year", the
register's dates all within it) and with "Everything"; then, on "Everything", a click on the
"Person" header (a sort that joins the people) and scrolling to the last row (every id read,
page after growing page). Prints a table of median / min / max milliseconds; the target is
300 ms for opening. The machine is shared and noisy: the load average is printed before and
after; look at the spread, not only the median.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from desktop.services.desk import create_desk
from desktop.ui.consultations.screen import ConsultationsScreen
from desktop.ui.context import DeskContext
from desktop.ui.lists.periods import EVERYTHING
from desktop.ui.lists.source import Sort
from desktop.ui.requests.screen import RequestsScreen
from sync.ids import new_id
from sync.schema import Access, Consultation, Person, Request

ACCESSES, PEOPLE, CONSULTATIONS, REQUESTS = 100_000, 20_000, 40_000, 8_000
RUNS = 7
THEMES = ("lavoro", "risparmio", "casa", "famiglia", "debito", "cura", "altro")
STATES = ("aperta", "soddisfatta", "non_soddisfatta", "ritirata")


def build_register(data_dir: Path):
    register = create_desk(data_dir, "rho")
    rng = random.Random(7)
    first = datetime(date.today().year, 1, 1, 9, 0)
    span = max(1, (datetime.now() - first).days)

    def moment() -> datetime:
        return first + timedelta(days=rng.randrange(span), minutes=rng.randrange(600))

    stamp = register.clock.now()
    base = {"site": "rho", "hlc": stamp, "deleted": False}
    people = [dict(base, id=new_id(), family_name=f"Cognome{n % 3000:04d}",
                   given_name=f"Nome{n}") for n in range(PEOPLE)]
    ids = [person["id"] for person in people]
    with register.raw_writing() as connection:
        connection.execute(insert(Person), people)
        connection.execute(insert(Access), [
            dict(base, id=new_id(), person_id=rng.choice(ids), occurred_at=moment(),
                 themes=rng.choice(THEMES)) for _ in range(ACCESSES)])
        connection.execute(insert(Consultation), [
            dict(base, id=new_id(), person_id=rng.choice(ids), occurred_at=moment(),
                 theme=rng.choice(THEMES), duration_minutes=rng.choice((15, 30, 45)))
            for _ in range(CONSULTATIONS)])
        requests = []
        for _ in range(REQUESTS):
            opened = moment().date()
            state = rng.choice(STATES)
            requests.append(dict(base, id=new_id(), person_id=rng.choice(ids),
                                 kind=rng.choice(("famiglia", "casa")), opened_on=opened,
                                 state=state, closed_on=None if state == "aperta" else opened))
        connection.execute(insert(Request), requests)
    return register


def time_opening(app: QApplication, context: DeskContext, make, everything: bool,
                 panel_of=lambda screen: screen.list) -> float:
    """Milliseconds from building the screen to its list ``panel_of(screen)`` on screen."""
    started = time.perf_counter()
    screen = make(context)
    panel = panel_of(screen)
    shown = []
    panel.shown.connect(shown.append)
    if everything:  # before any answer is delivered: the first read's answer is dropped
        panel.filter_bar.period("period").set_period(EVERYTHING)
    while not shown:
        app.processEvents()
    screen.resize(1366, 768)
    screen.show()
    app.processEvents()  # the first page of rows is read and drawn
    elapsed = (time.perf_counter() - started) * 1000
    context.runner.wait_for_done()
    app.processEvents()
    screen.close()
    screen.deleteLater()
    return elapsed


def _opened(app: QApplication, context: DeskContext, make):
    """A screen showing "Everything", with no read still running."""
    screen = make(context)
    screen.resize(1366, 768)
    screen.show()
    shown = []
    screen.list.shown.connect(shown.append)
    screen.list.filter_bar.period("period").set_period(EVERYTHING)
    while not shown:
        app.processEvents()
    context.runner.wait_for_done()
    app.processEvents()
    return screen


def _closed(app: QApplication, context: DeskContext, screen) -> None:
    context.runner.wait_for_done()
    app.processEvents()
    screen.close()
    screen.deleteLater()


def time_person_sort(app: QApplication, context: DeskContext, make) -> float:
    screen = _opened(app, context, make)
    panel, shown = screen.list, []
    panel.shown.connect(shown.append)
    started = time.perf_counter()
    panel.model.sort(panel.model.sortable_section(Sort("person")))
    while not shown:
        app.processEvents()
    app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    _closed(app, context, screen)
    return elapsed


def time_scroll_to_end(app: QApplication, context: DeskContext, make) -> float:
    screen = _opened(app, context, make)
    model = screen.list.model
    started = time.perf_counter()
    while model.rowCount() < model.total():
        screen.list.view.scrollToBottom()
        app.processEvents()
    app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    _closed(app, context, screen)
    return elapsed


def _row(label: str, times: list[float]) -> str:
    return (f"{label:<36}{statistics.median(times):>10.0f}{min(times):>8.0f}"
            f"{max(times):>8.0f}")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as scratch:
        print(f"building a register: {ACCESSES:,} accesses, {PEOPLE:,} people, "
              f"{CONSULTATIONS:,} consultations, {REQUESTS:,} requests…", flush=True)
        register = build_register(Path(scratch) / "desk")
        context = DeskContext(register)
        print(f"load average: {_load()}")
        print(f"{'list':<36}{'median ms':>10}{'min':>8}{'max':>8}")
        for name, make in (("Consulenze", ConsultationsScreen), ("Richieste", RequestsScreen)):
            for everything in (False, True):
                times = [time_opening(app, context, make, everything) for _ in range(RUNS)]
                label = f"{name} ({'Tutto' if everything else 'Quest anno'})"
                print(_row(label, times), flush=True)
            print(_row(f"{name} (Tutto), sort by person",
                       [time_person_sort(app, context, make) for _ in range(RUNS)]), flush=True)
            print(_row(f"{name} (Tutto), scroll to the end",
                       [time_scroll_to_end(app, context, make) for _ in range(RUNS)]),
                  flush=True)
        print(f"load average: {_load()}")
        context.runner.wait_for_done()
        register.close()
    os._exit(0)  # skip interpreter teardown of Qt objects (quicker, and nothing to flush)


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
