"""How fast the Casa and Attività lists open on a large register:
``python -m tests.benchmarks.lists_casework``.

Takes the register of ``tests.benchmarks.lists`` (100,000 accesses, 20,000 people, 40,000
consultations, 8,000 requests) and adds the matching housing and activity records: 300
homes, 6,000 stays, 3,000 activities with 30,000 enrolments, 6,000 sessions and 40,000
attendances. Times, ``RUNS`` times each, from building the screen to each of its lists being
on screen (ids read in SQL, first page of rows drawn), with the default filters ("This year")
and with "Everything". Prints median / min / max milliseconds; the target is 300 ms.
The machine is shared and noisy: look at the spread, not only the median.
"""

import os
import random
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert, select

from desktop.ui.activities.screen import ActivitiesScreen
from desktop.ui.context import DeskContext
from desktop.ui.housing.screen import HousingScreen
from sync.ids import new_id
from sync.schema import (
    Activity,
    ActivitySession,
    Attendance,
    Home,
    Participation,
    Person,
    Stay,
)
from sync.vocabulary import ACTIVITY_KIND_CODES
from tests.benchmarks.lists import build_register, time_opening

HOMES, STAYS, ACTIVITIES, ENROLMENTS, SESSIONS, ATTENDANCES = (
    300, 6_000, 3_000, 30_000, 6_000, 40_000)
RUNS = 7


def add_housing_and_activities(register) -> None:
    rng = random.Random(11)
    first = date(date.today().year, 1, 1)
    base = {"site": "rho", "hlc": register.clock.now(), "deleted": False}

    def day() -> date:
        return first + timedelta(days=rng.randrange(330))

    with register.reading() as session:
        people = list(session.scalars(select(Person.id)))
    homes = [dict(base, id=new_id(), description=f"Alloggio {n}", municipality="Rho",
                  places=rng.randint(2, 6)) for n in range(HOMES)]
    stays = []
    for _ in range(STAYS):
        start = day()
        stays.append(dict(base, id=new_id(), home_id=rng.choice(homes)["id"],
                          person_id=rng.choice(people), guests=1, start_on=start,
                          end_on=start + timedelta(days=rng.randint(7, 90))))
    activities = [dict(base, id=new_id(), kind=rng.choice(sorted(ACTIVITY_KIND_CODES)),
                       title=f"Attività {n}", starts_on=day(), head_count=rng.randint(5, 90))
                  for n in range(ACTIVITIES)]
    enrolments = [dict(base, id=new_id(), activity_id=rng.choice(activities)["id"],
                       person_id=rng.choice(people)) for _ in range(ENROLMENTS)]
    sessions = [dict(base, id=new_id(), activity_id=rng.choice(activities)["id"],
                     held_on=day()) for _ in range(SESSIONS)]
    attendances = [dict(base, id=new_id(), session_id=rng.choice(sessions)["id"],
                        person_id=rng.choice(people)) for _ in range(ATTENDANCES)]
    with register.raw_writing() as connection:
        for model, rows in ((Home, homes), (Stay, stays), (Activity, activities),
                            (Participation, enrolments), (ActivitySession, sessions),
                            (Attendance, attendances)):
            connection.execute(insert(model), rows)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as scratch:
        print("building a register: 100,000 accesses and their records, plus homes, stays, "
              "activities, enrolments, sessions, attendances…", flush=True)
        register = build_register(Path(scratch) / "desk")
        add_housing_and_activities(register)
        context = DeskContext(register)
        print(f"{'list':<36}{'median ms':>10}{'min':>8}{'max':>8}")
        for name, make, panel_of in (
                ("Casa: ospitalità", HousingScreen, lambda screen: screen.stays),
                ("Attività", ActivitiesScreen, lambda screen: screen.activities)):
            for everything in (False, True):
                times = [time_opening(app, context, make, everything, panel_of)
                         for _ in range(RUNS)]
                label = f"{name} ({'Tutto' if everything else 'Quest anno'})"
                print(f"{label:<36}{statistics.median(times):>10.0f}{min(times):>8.0f}"
                      f"{max(times):>8.0f}", flush=True)
        times = [time_opening(app, context, HousingScreen, False, lambda screen: screen.homes)
                 for _ in range(RUNS)]
        print(f"{'Casa: alloggi':<36}{statistics.median(times):>10.0f}{min(times):>8.0f}"
              f"{max(times):>8.0f}", flush=True)
        context.runner.wait_for_done()
        register.close()
    os._exit(0)  # skip interpreter teardown of Qt objects (quicker, and nothing to flush)


if __name__ == "__main__":
    sys.exit(main())
