"""Registering people: the codice fiscale check, corrections, and the duplicate warning."""

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.services.people import (
    PersonDraft,
    create_person,
    find_likely_duplicates,
    update_person,
)
from sync.errors import InvalidInput, NotFound
from sync.schema import Person
from tests.desktop.services.conftest import tax_code

MARCO = tax_code("RSSMRC80A01H264")


def _count(desk) -> int:
    with desk.reading() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_a_valid_tax_code_fills_birth_date_and_sex(desk, volunteer):
    person = create_person(desk, PersonDraft(" Marco ", "Rossi", MARCO.lower()), volunteer.id)
    assert (person.tax_code, person.birth_date, person.sex) == (MARCO, date(1980, 1, 1), "M")
    assert person.given_name == "Marco" and person.created_by == volunteer.id


@pytest.mark.parametrize("code, reason", [
    ("RSSMRC80A01H264", "16 caratteri"),
    (MARCO[:-1] + ("A" if MARCO[-1] != "A" else "B"), "controllo"),
    ("RSSMRC80A41H26!X", "codice fiscale non valido"),
    ("????????????????", "codice fiscale non valido"),
    ("RSSMRC80A99H264X", "codice fiscale non valido"),
])
def test_an_invalid_tax_code_is_refused_with_the_italian_reason(desk, code, reason):
    with pytest.raises(InvalidInput) as refused:
        create_person(desk, PersonDraft("Marco", "Rossi", code), None)
    assert any(reason in problem for problem in refused.value.problems)
    assert _count(desk) == 0


def test_a_birth_date_or_sex_contradicting_the_code_is_refused(desk):
    with pytest.raises(InvalidInput) as refused:
        create_person(desk, PersonDraft("Marco", "Rossi", MARCO, birth_date=date(1981, 1, 1),
                                        sex="F"), None)
    assert len(refused.value.problems) == 2


def test_names_are_required_and_every_problem_is_listed_at_once(desk):
    with pytest.raises(InvalidInput) as refused:
        create_person(desk, PersonDraft("  ", None, phone="call me", email="nope",
                                        consent_date=date(2020, 1, 1)), None)
    assert len(refused.value.problems) == 5
    assert str(refused.value).startswith("The person cannot be saved")


def test_a_tax_code_already_registered_is_refused(desk, add_person):
    add_person("Rossi", "Marco", tax_code=MARCO)
    with pytest.raises(InvalidInput, match="already belongs"):
        add_person("Rossi", "Mario", tax_code=MARCO)


def test_update_replaces_the_details_and_checks_them_again(desk, add_person):
    person = add_person("Rossi", "Marco")
    updated = update_person(desk, person.id, PersonDraft("Marco", "Rossi", MARCO,
                                                         phone="333 1234567"), None)
    assert updated.birth_date == date(1980, 1, 1) and updated.phone == "333 1234567"
    with pytest.raises(InvalidInput):
        update_person(desk, person.id, PersonDraft("Marco", "Rossi", "RSS"), None)
    with pytest.raises(NotFound):
        update_person(desk, "no-such-id", PersonDraft("Marco", "Rossi"), None)


def test_likely_duplicates_share_the_tax_code_or_the_folded_names_and_birth_date(
        desk, add_person):
    same_code = add_person("Rossi", "Marco", tax_code=MARCO)
    same_name = add_person("Giordano", "Nicolò", birth_date=date(1975, 12, 10))
    add_person("Giordano", "Nicola", birth_date=date(1975, 12, 10))
    add_person("Giordano", "Nicolò", birth_date=date(1975, 12, 11))
    by_code = find_likely_duplicates(desk, PersonDraft("M.", "R.", MARCO.lower()))
    by_name = find_likely_duplicates(desk, PersonDraft("NICOLO", "giordano",
                                                       birth_date=date(1975, 12, 10)))
    assert [p.id for p in by_code] == [same_code.id]
    assert [p.id for p in by_name] == [same_name.id]
    assert find_likely_duplicates(desk, PersonDraft("Nicolò", "Giordano")) == []
    assert find_likely_duplicates(desk, PersonDraft("Marco", "Rossi", "odd code!")) == []


def test_a_birth_date_read_from_the_code_finds_name_duplicates(desk, add_person):
    existing = add_person("D'Angelo", "Marco", birth_date=date(1980, 1, 1))
    draft = PersonDraft("Marco", "d angelo", tax_code("DNGMRC80A01H264"))
    assert [p.id for p in find_likely_duplicates(desk, draft)] == [existing.id]
