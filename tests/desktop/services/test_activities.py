"""Activities: idempotent enrolment, hiring outcomes for training only, head counts."""

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.services.activities import create_activity, enrol, set_head_count, set_outcome
from sync.errors import InvalidInput, NotFound
from sync.schema import Participation

START = date(2026, 3, 1)


def test_enrolling_twice_does_not_duplicate(desk, add_person):
    person = add_person("Rossi", "Marco")
    activity = create_activity(desk, "gruppo_orientamento", "Gruppo lavoro", START)
    first, second = enrol(desk, activity.id, person.id), enrol(desk, activity.id, person.id)
    assert first.id == second.id
    with desk.reading() as session:
        assert session.scalar(select(func.count()).select_from(Participation)) == 1
    with pytest.raises(NotFound):
        enrol(desk, activity.id, "missing")


def test_hiring_outcome_only_for_training_and_enrolled_people(desk, add_person):
    person = add_person("Rossi", "Marco")
    training = create_activity(desk, "formazione_borsa_lavoro", "Borsa lavoro", START)
    event = create_activity(desk, "evento", "Festa", START)
    enrol(desk, training.id, person.id)
    assert set_outcome(desk, training.id, person.id, "assunto").outcome == "assunto"
    assert set_outcome(desk, training.id, person.id, None).outcome is None
    with pytest.raises(InvalidInput, match="Unknown outcome"):
        set_outcome(desk, training.id, person.id, "licenziato")
    with pytest.raises(InvalidInput, match="Only training"):
        set_outcome(desk, event.id, person.id, "assunto")
    other = add_person("Verdi", "Anna")
    with pytest.raises(InvalidInput, match="not enrolled"):
        set_outcome(desk, training.id, other.id, "assunto")


@pytest.mark.parametrize("typed, stored", [(" 42 ", 42), (0, 0), (120, 120), ("", None),
                                           (None, None)])
def test_head_counts_accept_whole_numbers_or_nothing(desk, typed, stored):
    activity = create_activity(desk, "scuola", "Liceo", START, head_count=5)
    assert set_head_count(desk, activity.id, typed).head_count == stored


@pytest.mark.parametrize("typed", ["tanti", "-3", -1, 2.5, "4.0", True])
def test_head_counts_refuse_non_numbers_and_negatives(desk, typed):
    activity = create_activity(desk, "evento", "Festa", START, head_count=5)
    with pytest.raises(InvalidInput, match="participants"):
        set_head_count(desk, activity.id, typed)


def test_activity_refusals_list_every_problem(desk):
    with pytest.raises(InvalidInput) as refused:
        create_activity(desk, "gita", " ", START, ends_on=date(2026, 2, 1))
    assert len(refused.value.problems) == 3
