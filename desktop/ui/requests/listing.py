"""The reads behind the requests list, and the satisfied share shown above it.

The filters and the default order (opening day, oldest first) are served by the covering
index ``ix_requests_list``, so the list opens after reading one page of it and a count. The
share is read by the key numbers' own function for this desk's site and the period
(``requests_opened_and_satisfied``, the measures behind ``family_requests_satisfied_pct``),
so the list and ``op-desk report`` can never disagree.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select

from desktop.ui.lists.periods import Period
from desktop.ui.lists.queries import QueryList, ordered, within
from desktop.ui.lists.source import FilterValues, ListSource, Sort
from sync.keynumbers.queries import half_up_percent, requests_opened_and_satisfied
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


def matching_requests(register: Register, values: FilterValues) -> Select:
    """The ids of this desk's live requests that pass the filters, in no order."""
    query = select(Request.id).where(Request.site == register.site, Request.deleted.is_(False),
                                     *within(Request.opened_on, values.get("period")))
    for key in ("kind", "state"):
        if values.get(key):
            query = query.where(getattr(Request, key) == values[key])
    return query


def in_order(query: Select, sort: Sort) -> Select:
    if sort.key == "person":
        query = query.outerjoin(Person, Person.id == Request.person_id)
    return ordered(query, sort, ORDERINGS, Request.id)


def request_rows(register: Register, ids: Sequence[str]) -> dict:
    query = (select(Request.id, Request.opened_on, Request.kind, Request.state,
                    Request.closed_on, Request.close_reason, Request.person_id,
                    Person.family_name, Person.given_name)
             .outerjoin(Person, Person.id == Request.person_id)
             .where(Request.id.in_(list(ids))))
    with register.reading() as session:
        return {row.id: row for row in session.execute(query)}


def requests_listing(register: Register) -> QueryList:
    return QueryList(register, lambda values: matching_requests(register, values), in_order)


def requests_source(register: Register) -> ListSource:
    return requests_listing(register).source(lambda ids: request_rows(register, ids),
                                             frozenset({"requests", "people"}))


@dataclass(frozen=True)
class KindShare:
    opened: int
    satisfied: int
    percent: int


def satisfied_shares(register: Register, period: Period | None) -> dict[str, KindShare]:
    """Per request kind: opened in the period, satisfied, and the share in whole percent
    (for ``famiglia`` exactly the key number ``family_requests_satisfied_pct``)."""
    period = period or Period(None, None)
    figures = requests_opened_and_satisfied(register.engine, period.start or EARLIEST,
                                            period.end or date.today(), [register.site])
    return {kind: KindShare(opened, satisfied, half_up_percent(satisfied, opened))
            for kind, (opened, satisfied) in figures.items()}
