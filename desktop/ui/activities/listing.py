"""The reads behind the Attività screen: activities for the filters, their rows with counts,
and the days of a month that have something on (for the calendar).

An activity is "in" a period when it runs on some day of it (start to end, or just its start
day when it has no end), so choosing one day in the calendar lists what is on that day.
"""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select

from desktop.ui.lists.queries import ordered
from desktop.ui.lists.source import FilterValues, ListSource, Sort
from sync.register import Register
from sync.schema import Activity, ActivitySession, Participation

NEWEST_FIRST = Sort("start", descending=True)
ORDERINGS = {"start": (Activity.starts_on,), "end": (Activity.ends_on,),
             "kind": (Activity.kind,), "title": (Activity.title,)}


def _last_day():
    return func.coalesce(Activity.ends_on, Activity.starts_on)


def activity_ids(register: Register, values: FilterValues, sort: Sort) -> list[str]:
    query = select(Activity.id).where(Activity.deleted.is_(False))
    period = values.get("period")
    if period is not None and period.end is not None:
        query = query.where(Activity.starts_on <= period.end)
    if period is not None and period.start is not None:
        query = query.where(_last_day() >= period.start)
    if values.get("kind"):
        query = query.where(Activity.kind == values["kind"])
    with register.reading() as session:
        return list(session.scalars(ordered(query, sort, ORDERINGS, Activity.id)))


def activity_rows(register: Register, ids: Sequence[str]) -> dict:
    live = Participation.deleted.is_(False)
    enrolled = (select(func.count()).where(Participation.activity_id == Activity.id, live)
                .scalar_subquery())
    hired = (select(func.count()).where(Participation.activity_id == Activity.id, live,
                                        Participation.outcome == "assunto").scalar_subquery())
    sessions = (select(func.count()).where(ActivitySession.activity_id == Activity.id,
                                           ActivitySession.deleted.is_(False))
                .scalar_subquery())
    query = select(Activity.id, Activity.kind, Activity.title, Activity.starts_on,
                   Activity.ends_on, Activity.head_count, enrolled.label("enrolled"),
                   hired.label("hired"), sessions.label("sessions")
                   ).where(Activity.id.in_(list(ids)))
    with register.reading() as session:
        return {row.id: row for row in session.execute(query)}


def busy_days(register: Register, first: date, last: date) -> set[date]:
    """Days between ``first`` and ``last`` on which an activity starts or meets."""
    with register.reading() as session:
        starts = session.scalars(select(Activity.starts_on).where(
            Activity.deleted.is_(False), Activity.starts_on.between(first, last)))
        meetings = session.scalars(select(ActivitySession.held_on).where(
            ActivitySession.deleted.is_(False), ActivitySession.held_on.between(first, last)))
        return set(starts) | set(meetings)


def activities_source(register: Register) -> ListSource:
    return ListSource(lambda values, sort: activity_ids(register, values, sort),
                      lambda ids: activity_rows(register, ids),
                      frozenset({"activities", "participations", "activity_sessions"}))
