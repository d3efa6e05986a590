"""Homes and stays: places are never exceeded on any day, availability is respected."""

from datetime import date

import pytest

from desktop.services.housing import (
    HomeHasStays,
    add_home,
    end_stay,
    occupancy,
    remove_home,
    start_stay,
    update_home,
)
from sync.errors import InvalidInput, NotFound
from sync.schema import Home


def d(day: int, month: int = 3) -> date:
    return date(2026, month, day)


@pytest.fixture
def home(desk):
    return add_home(desk, "Bilocale via Roma", 4, "Rho", available_from=d(1),
                    available_to=d(30, 6))


@pytest.fixture
def person(add_person):
    return add_person("Rossi", "Marco")


def test_stays_fit_until_the_places_run_out_on_some_day(desk, home, person):
    start_stay(desk, home.id, person.id, 2, d(1), d(10))
    start_stay(desk, home.id, person.id, 2, d(5), d(20))
    start_stay(desk, home.id, person.id, 2, d(10), d(15))  # the first left on the 10th
    with pytest.raises(InvalidInput, match="On 12/03/2026 the home would host 5"):
        start_stay(desk, home.id, person.id, 1, d(12), d(13))
    start_stay(desk, home.id, person.id, 2, d(20), d(30, 6))


def test_a_later_start_inside_the_new_stay_is_checked_too(desk, home, person):
    start_stay(desk, home.id, person.id, 3, d(10), d(20))
    with pytest.raises(InvalidInput, match="On 10/03/2026"):
        start_stay(desk, home.id, person.id, 2, d(1), d(15))


def test_stays_outside_the_availability_or_with_bad_numbers_are_refused(desk, home, person):
    with pytest.raises(InvalidInput, match="available only from 01/03/2026"):
        start_stay(desk, home.id, person.id, 1, d(28, 2), d(5))
    with pytest.raises(InvalidInput, match="available only until 30/06/2026"):
        start_stay(desk, home.id, person.id, 1, d(1, 6), None)
    with pytest.raises(InvalidInput, match="after it starts"):
        start_stay(desk, home.id, person.id, 1, d(5), d(5))
    for guests in (0, -1, "2", True):
        with pytest.raises(InvalidInput, match="guests"):
            start_stay(desk, home.id, person.id, guests, d(5), d(6))
    with pytest.raises(NotFound):
        start_stay(desk, "missing", person.id, 1, d(5), d(6))


def test_ending_a_stay_later_is_checked_against_the_places(desk, home, person):
    first = start_stay(desk, home.id, person.id, 3, d(1), d(10))
    start_stay(desk, home.id, person.id, 1, d(10), d(20))
    start_stay(desk, home.id, person.id, 1, d(12), d(20))
    assert end_stay(desk, first.id, d(8)).end_on == d(8)
    assert end_stay(desk, first.id, d(12)).end_on == d(12)
    with pytest.raises(InvalidInput, match="On 12/03/2026"):
        end_stay(desk, first.id, d(13))
    with pytest.raises(InvalidInput, match="after it starts"):
        end_stay(desk, first.id, d(1))


def test_updating_a_home_refuses_to_strand_its_stays(desk, home, person):
    start_stay(desk, home.id, person.id, 3, d(1), d(10))
    with pytest.raises(InvalidInput, match="3 people but has 2 places"):
        update_home(desk, home.id, "Bilocale via Roma", 2, "Rho", d(1), d(30, 6))
    with pytest.raises(InvalidInput, match="available only from"):
        update_home(desk, home.id, "Bilocale via Roma", 4, "Rho", d(2), d(30, 6))
    updated = update_home(desk, home.id, "Trilocale via Roma", 6, "Rho", d(1), None)
    assert (updated.description, updated.places, updated.available_to) == (
        "Trilocale via Roma", 6, None)


@pytest.mark.parametrize("arguments, problem", [
    (("", 2), "descrizione"), (("Casa", 0), "posti"), (("Casa", "3"), "posti"),
    (("Casa", 2, None, d(10), d(1)), "disponibilità"),
])
def test_home_refusals(desk, arguments, problem):
    with pytest.raises(InvalidInput) as refused:
        add_home(desk, *arguments)
    assert problem in refused.value.problems[0]


def test_occupancy_tells_guests_free_places_and_the_next_free_day(desk, home, person):
    empty = add_home(desk, "Monolocale", 1, "Pero")
    start_stay(desk, home.id, person.id, 2, d(1), d(10))
    start_stay(desk, home.id, person.id, 1, d(5), d(30, 6))
    start_stay(desk, home.id, person.id, 1, d(10), d(12))
    by_home = {line.home_id: line for line in occupancy(desk, d(6))}
    line = by_home[home.id]
    assert (line.guests, line.free_places, line.next_free_on, line.available) == (3, 1, d(10),
                                                                                 True)
    assert (by_home[empty.id].guests, by_home[empty.id].next_free_on) == (0, None)
    in_july = {line.home_id: line.available for line in occupancy(desk, d(1, 7))}
    assert in_july == {home.id: False, empty.id: True}


def test_a_home_with_stays_is_not_removed_even_when_they_are_over(desk, home, person):
    start_stay(desk, home.id, person.id, 1, d(1), d(10))
    with pytest.raises(HomeHasStays, match="correct it and set the last day"):
        remove_home(desk, home.id)
    assert [row.home_id for row in occupancy(desk, d(20))] == [home.id]


def test_a_home_without_stays_is_removed_as_a_tombstone(desk, home):
    kept = add_home(desk, "Casa Lainate", 2)
    remove_home(desk, home.id)
    assert [row.home_id for row in occupancy(desk, d(20))] == [kept.id]
    with desk.reading() as session:
        assert session.get(Home, home.id).deleted  # kept as a tombstone, so it syncs
    with pytest.raises(NotFound):
        remove_home(desk, home.id)
