"""The drill-down lists exactly the rows each key number counts."""

import csv
import io

import pytest

from sync.errors import InvalidInput
from sync.keynumbers import INDICATOR_IDS, compute
from sync.keynumbers.definitions import INDICATOR_BY_ID
from sync.keynumbers.drilldown import records_behind, render_records_csv
from sync.keynumbers.filters import DISTINCT_PEOPLE, HEAD_COUNT_SUMS, HIRED_PEOPLE
from tests.sync.keynumbers.builder import fill_a_mixed_store

START, END = "2026-03-01", "2026-03-31"


def value_from_records(indicator_id, records) -> int:
    if indicator_id in DISTINCT_PEOPLE or indicator_id in HIRED_PEOPLE:
        people = {r.detail for r in records if r.table == "participations"}
        return len(people) + sum(int(r.detail or 0) for r in records if r.table == "activities")
    if indicator_id in HEAD_COUNT_SUMS or indicator_id == "housing_guests":
        return sum(int(record.detail or 0) for record in records)
    if indicator_id == "family_requests_satisfied_pct":
        satisfied = sum(record.detail == "soddisfatta" for record in records)
        return (200 * satisfied + len(records)) // (2 * len(records)) if records else 0
    return len(records)


@pytest.mark.parametrize("sites", [None, ["lainate"]])
def test_every_indicator_equals_what_its_records_add_up_to(build, store, sites):
    fill_a_mixed_store(build)
    numbers = compute(store, START, END, sites)
    for indicator_id in INDICATOR_IDS:
        records = records_behind(store, indicator_id, START, END, sites)
        assert value_from_records(indicator_id, records) == numbers.indicators[indicator_id], \
            indicator_id
        assert {record.site for record in records} <= set(numbers.sites)
    assert numbers.indicators["accesses"] > 0


def test_records_carry_their_table_id_date_and_site(build, store):
    access = build.access("2026-03-31T23:59", themes="lavoro", site="settimo")
    [record] = records_behind(store, "accesses", START, END)
    assert (record.table, record.id, record.date, record.site, record.detail) == (
        "accesses", access, "2026-03-31 23:59", "settimo", "lavoro")


def test_the_drill_down_prints_as_csv_with_a_header(build, store):
    build.request("casa", "2026-03-02", site="rho")
    text = render_records_csv(records_behind(store, "housing_requests", START, END))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["table"], row["date"], row["site"], row["detail"]) for row in rows] == [
        ("requests", "2026-03-02", "rho", "aperta")]


def test_an_unknown_indicator_is_refused_with_the_list_of_ids():
    with pytest.raises(InvalidInput, match="choose one of accesses, work_consultations"):
        records_behind(None, "accessi", START, END)


def test_every_indicator_has_a_definition_in_both_languages():
    for indicator in INDICATOR_BY_ID.values():
        assert indicator.label_it and indicator.label_en
        assert indicator.rule_it and indicator.rule_en
