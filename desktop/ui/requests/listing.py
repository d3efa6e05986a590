"""The reads behind the requests list, and the satisfied share shown above it.

The share is the key numbers' own figure (``sync.keynumbers.compute`` for this desk's site
and the period), so the list and ``op-desk report`` can never disagree.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.ui.lists.periods import Period
from desktop.ui.lists.queries import ordered, within
from desktop.ui.lists.source import FilterValues, ListSource, Sort
from sync.keynumbers import compute
from sync.keynumbers.queries import half_up_percent
from sync.register import Register
from sync.schema import Person, Request

EARLIEST = date(1900, 1, 1)
"""Where "everything" starts when a period must have two ends (the key numbers' one)."""


def _age_in_days():
    """Days from opening to closing, or to today while open (desk registers are SQLite)."""
    until = func.coalesce(Request.closed_on, date.today())
    return func.julianday(until) - func.julianday(Request.opened_on)


ORDERINGS = {
    "opened": (Request.opened_on,),
    "person": (Person.family_name, Person.given_name),
    "kind": (Request.kind,),
    "state": (Request.state,),
    "age": (_age_in_days(),),
    "closed": (Request.closed_on,),
}
OLDEST_FIRST = Sort("opened")


def request_ids(register: Register, values: FilterValues, sort: Sort) -> list[str]:
    query = select(Request.id).where(Request.site == register.site, Request.deleted.is_(False),
                                     *within(Request.opened_on, values.get("period")))
    for key in ("kind", "state"):
        if values.get(key):
            query = query.where(getattr(Request, key) == values[key])
    if sort.key == "person":
        query = query.outerjoin(Person, Person.id == Request.person_id)
    with register.reading() as session:
        return list(session.scalars(ordered(query, sort, ORDERINGS, Request.id)))


def request_rows(register: Register, ids: Sequence[str]) -> dict:
    query = (select(Request.id, Request.opened_on, Request.kind, Request.state,
                    Request.closed_on, Request.close_reason, Request.person_id,
                    Person.family_name, Person.given_name)
             .outerjoin(Person, Person.id == Request.person_id)
             .where(Request.id.in_(list(ids))))
    with register.reading() as session:
        return {row.id: row for row in session.execute(query)}


def requests_source(register: Register) -> ListSource:
    return ListSource(lambda values, sort: request_ids(register, values, sort),
                      lambda ids: request_rows(register, ids), frozenset({"requests", "people"}))


@dataclass(frozen=True)
class KindShare:
    opened: int
    satisfied: int
    percent: int


def satisfied_shares(register: Register, period: Period | None) -> dict[str, KindShare]:
    """Per request kind: opened in the period, satisfied, and the share in whole percent
    (for ``famiglia`` exactly the key number ``family_requests_satisfied_pct``)."""
    period = period or Period(None, None)
    numbers = compute(register.engine, period.start or EARLIEST, period.end or date.today(),
                      [register.site], with_charts=True)
    states = numbers.charts.request_states
    shares = {}
    for kind, opened_key in (("famiglia", "family_requests"), ("casa", "housing_requests")):
        opened = numbers.indicators[opened_key]
        satisfied = states.get(kind, {}).get("soddisfatta", 0)
        percent = (numbers.indicators["family_requests_satisfied_pct"] if kind == "famiglia"
                   else half_up_percent(satisfied, opened))
        shares[kind] = KindShare(opened, satisfied, percent)
    return shares
