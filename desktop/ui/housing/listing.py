"""The reads behind the Casa screen: homes with today's occupancy, and stays, both in SQL.

"Today" is the day of the read, so a list left open overnight is right after its next reload.
Occupancy follows ``desktop.services.housing``: a stay hosts from its start up to the day
before its end (the day the guests leave).
"""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, case, func, or_, select

from desktop.ui.lists.queries import ordered
from desktop.ui.lists.source import FilterValues, ListSource, Sort
from sync.register import Register
from sync.schema import Home, Person, Request, Stay

HOME_STATES = ("free", "full", "unavailable")
STAY_STATES = ("current", "upcoming", "ended")
BY_DESCRIPTION = Sort("description")
NEWEST_STAY_FIRST = Sort("start", descending=True)


def _hosting(day: date):
    """Stays (live) that host guests on ``day``, in the home of the outer query."""
    return and_(Stay.home_id == Home.id, Stay.deleted.is_(False), Stay.start_on <= day,
                or_(Stay.end_on.is_(None), Stay.end_on > day))


def _occupancy_columns(day: date):
    guests = (select(func.coalesce(func.sum(Stay.guests), 0)).where(_hosting(day))
              .scalar_subquery())
    next_free = select(func.min(Stay.end_on)).where(_hosting(day)).scalar_subquery()
    available = and_(or_(Home.available_from.is_(None), Home.available_from <= day),
                     or_(Home.available_to.is_(None), Home.available_to >= day))
    return guests, next_free, available


def home_ids(register: Register, values: FilterValues, sort: Sort) -> list[str]:
    guests, next_free, available = _occupancy_columns(date.today())
    free = Home.places - guests
    orderings = {"description": (Home.description,), "municipality": (Home.municipality,),
                 "places": (Home.places,), "guests": (guests,), "free": (free,),
                 "next_free": (next_free,), "available": (Home.available_to,)}
    query = select(Home.id).where(Home.deleted.is_(False))
    if values.get("municipality"):
        query = query.where(Home.municipality == values["municipality"])
    state = values.get("state")
    if state == "free":
        query = query.where(available, free > 0)
    elif state == "full":
        query = query.where(available, free <= 0)
    elif state == "unavailable":
        query = query.where(~available)
    with register.reading() as session:
        return list(session.scalars(ordered(query, sort, orderings, Home.id)))


def home_rows(register: Register, ids: Sequence[str]) -> dict:
    guests, next_free, available = _occupancy_columns(date.today())
    query = select(Home.id, Home.description, Home.municipality, Home.places,
                   Home.available_from, Home.available_to, guests.label("guests"),
                   next_free.label("next_free"),
                   case((available, True), else_=False).label("available")
                   ).where(Home.id.in_(list(ids)))
    with register.reading() as session:
        return {row.id: row for row in session.execute(query)}


def home_choices(register: Register) -> list[tuple[str, str]]:
    """(id, description · municipality) of every live home, for the drop-downs."""
    with register.reading() as session:
        return [(row.id, " · ".join(part for part in (row.description, row.municipality)
                                    if part))
                for row in session.execute(
                    select(Home.id, Home.description, Home.municipality)
                    .where(Home.deleted.is_(False))
                    .order_by(Home.description, Home.id))]


def stay_ids(register: Register, values: FilterValues, sort: Sort) -> list[str]:
    today = date.today()
    orderings = {"person": (Person.family_name, Person.given_name),
                 "home": (Home.description,), "guests": (Stay.guests,),
                 "start": (Stay.start_on,), "end": (Stay.end_on,)}
    query = select(Stay.id).where(Stay.deleted.is_(False))
    period = values.get("period")
    if period is not None and period.end is not None:
        query = query.where(Stay.start_on <= period.end)
    if period is not None and period.start is not None:  # still there on the first day
        query = query.where(or_(Stay.end_on.is_(None), Stay.end_on > period.start))
    if values.get("home"):
        query = query.where(Stay.home_id == values["home"])
    state = values.get("state")
    if state == "current":
        query = query.where(Stay.start_on <= today,
                            or_(Stay.end_on.is_(None), Stay.end_on > today))
    elif state == "upcoming":
        query = query.where(Stay.start_on > today)
    elif state == "ended":
        query = query.where(Stay.end_on <= today)
    if sort.key == "person":
        query = query.outerjoin(Person, Person.id == Stay.person_id)
    if sort.key == "home":
        query = query.outerjoin(Home, Home.id == Stay.home_id)
    with register.reading() as session:
        return list(session.scalars(ordered(query, sort, orderings, Stay.id)))


def stay_rows(register: Register, ids: Sequence[str]) -> dict:
    query = (select(Stay.id, Stay.home_id, Stay.person_id, Stay.guests, Stay.start_on,
                    Stay.end_on, Stay.request_id, Person.family_name, Person.given_name,
                    Home.description.label("home"), Request.kind.label("request_kind"),
                    Request.opened_on.label("request_opened_on"),
                    Request.state.label("request_state"))
             .outerjoin(Person, Person.id == Stay.person_id)
             .outerjoin(Home, Home.id == Stay.home_id)
             .outerjoin(Request, Request.id == Stay.request_id)
             .where(Stay.id.in_(list(ids))))
    with register.reading() as session:
        return {row.id: row for row in session.execute(query)}


def housing_requests_of(register: Register, person_id: str) -> list[tuple[str, date, str]]:
    """(id, opened on, state) of the person's live housing requests at this desk, newest
    first: the ones a new stay can be linked to."""
    with register.reading() as session:
        return [(row.id, row.opened_on, row.state) for row in session.execute(
            select(Request.id, Request.opened_on, Request.state)
            .where(Request.person_id == person_id, Request.kind == "casa",
                   Request.deleted.is_(False))
            .order_by(Request.opened_on.desc()))]


def homes_source(register: Register) -> ListSource:
    return ListSource(lambda values, sort: home_ids(register, values, sort),
                      lambda ids: home_rows(register, ids), frozenset({"homes", "stays"}))


def stays_source(register: Register) -> ListSource:
    return ListSource(lambda values, sort: stay_ids(register, values, sort),
                      lambda ids: stay_rows(register, ids),
                      frozenset({"stays", "homes", "people", "requests"}))
