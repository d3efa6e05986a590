"""The casework lists read in pages give exactly the whole ordered list, in every order and
direction, with its count; their opening page is read off the covering index, unsorted."""

import random
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert

from desktop.ui.consultations.listing import NEWEST_FIRST, consultations_listing
from desktop.ui.consultations.listing import ORDERINGS as CONSULTATION_ORDERINGS
from desktop.ui.lists.periods import EVERYTHING, Period
from desktop.ui.lists.source import Sort
from desktop.ui.requests.listing import OLDEST_FIRST, requests_listing
from desktop.ui.requests.listing import ORDERINGS as REQUEST_ORDERINGS
from sync.ids import new_id
from sync.schema import Consultation, Person, Request

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def casework(register):
    """People (some sharing a name), consultations and requests with many equal values."""
    rng = random.Random(3)
    base = {"site": "rho", "hlc": register.clock.now(), "deleted": False}
    people = [dict(base, id=new_id(), family_name=f"Cognome{n % 5}", given_name="Anna")
              for n in range(12)]
    ids = [person["id"] for person in people] + [None]  # None: anonymous
    start = datetime(2026, 2, 20, 9, 0)
    with register.raw_writing() as connection:
        connection.execute(insert(Person), people)
        connection.execute(insert(Consultation), [
            dict(base, id=new_id(), person_id=rng.choice(ids), theme=rng.choice(("casa", "cura")),
                 occurred_at=start + timedelta(days=rng.randrange(30), hours=rng.randrange(2)),
                 duration_minutes=rng.choice((15, 30, None)), deleted=rng.random() < 0.1)
            for _ in range(150)])
        connection.execute(insert(Consultation), [  # another desk's: never listed here
            dict(base, id=new_id(), theme="casa", site="settimo", occurred_at=start)])
        connection.execute(insert(Request), [
            dict(base, id=new_id(), person_id=rng.choice(ids[:-1]),
                 kind=rng.choice(("famiglia", "casa")), state=rng.choice(("aperta", "ritirata")),
                 opened_on=(start + timedelta(days=rng.randrange(30))).date(),
                 closed_on=None) for _ in range(120)])
    return register


LISTS = [
    (consultations_listing, CONSULTATION_ORDERINGS, {"theme": "casa"}),
    (requests_listing, REQUEST_ORDERINGS, {"kind": "famiglia"}),
]


@pytest.mark.parametrize(("listing", "orderings", "choice"), LISTS)
def test_pages_put_together_are_the_whole_list_in_every_order(casework, listing, orderings,
                                                             choice):
    query_list = listing(casework)
    for values in ({"period": EVERYTHING}, {"period": MARCH, **choice}):
        for key in orderings:
            for sort in (Sort(key), Sort(key, descending=True)):
                whole = query_list.ids(values, sort)
                first = query_list.page(values, sort, 0, 7)
                pages = first.ids + [row_id for offset in range(7, len(whole) + 7, 7)
                                     for row_id in query_list.page(values, sort, offset, 7).ids]
                assert pages == whole and first.total == len(whole), (values, sort)
                assert query_list.page(values, sort, 7, 7).total is None
        assert len(whole) == len(set(whole)) > 20


@pytest.mark.parametrize(("listing", "sort", "index"), [
    (consultations_listing, NEWEST_FIRST, "ix_consultations_list"),
    (requests_listing, OLDEST_FIRST, "ix_requests_list"),
])
@pytest.mark.parametrize("period", [EVERYTHING, MARCH])
def test_the_opening_page_and_count_read_only_the_covering_index(casework, listing, sort, index,
                                                                 period):
    query_list = listing(casework)
    values = {"period": period}
    with casework.reading() as session:
        for query in (query_list.in_order(query_list.matching(values), sort).limit(200),
                      query_list.matching(values)):
            compiled = query.compile(casework.engine, compile_kwargs={"literal_binds": True})
            plan = " / ".join(row[3] for row in session.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {compiled}"))
            assert f"USING COVERING INDEX {index}" in plan and "TEMP B-TREE" not in plan, plan
