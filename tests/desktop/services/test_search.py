"""Person search quality: accents, prefixes, codes, phones, ranking, merged people gone."""

from datetime import datetime

import pytest

from desktop.services.accesses import register_access
from desktop.services.merging import merge_people, undo_merge
from desktop.services.people import PersonDraft, update_person
from desktop.services.search import search_people
from tests.desktop.services.conftest import tax_code


def _names(hits) -> list[str]:
    return [f"{hit.family_name} {hit.given_name}" for hit in hits]


@pytest.fixture
def people(add_person):
    return {
        "marco": add_person("Rossi", "Marco", tax_code=tax_code("RSSMRC80A01H264"),
                            phone="333 1234567", municipality="Rho"),
        "nicolo": add_person("Giordano", "Nicolò", phone="+39 347 555 0101"),
        "rossella": add_person("Bianchi", "Rossella"),
        "dangelo": add_person("D'Angelo", "Lucia"),
        "rossini": add_person("Rossini", "Fatima", municipality="Pero"),
    }


@pytest.mark.parametrize("query, expected", [
    ("nicolo", ["Giordano Nicolò"]),
    ("NICOLÒ giord", ["Giordano Nicolò"]),
    ("ross mar", ["Rossi Marco"]),
    ("mar ross", ["Rossi Marco"]),
    ("RSSMRC", ["Rossi Marco"]),
    ("rssmrc80a01h264", ["Rossi Marco"]),
    ("3331234", ["Rossi Marco"]),
    ("333 1234567", ["Rossi Marco"]),
    ("1234567", ["Rossi Marco"]),
    ("3475550101", ["Giordano Nicolò"]),
    ("dangelo", ["D'Angelo Lucia"]),
    ("d'ang", ["D'Angelo Lucia"]),
    ("zzz", []),
    ("", []),
    ('" OR * NEAR(', []),
])
def test_one_query_finds_by_name_surname_code_or_phone(desk, people, query, expected):
    assert _names(search_people(desk, query)) == expected


def test_surname_prefix_ranks_before_given_name_then_recent_access(desk, people):
    register_access(desk, people["rossini"].id, ["lavoro"], None,
                    occurred_at=datetime(2026, 3, 2, 10, 0))
    hits = search_people(desk, "ross")
    assert _names(hits) == ["Rossini Fatima", "Rossi Marco", "Bianchi Rossella"]
    assert hits[0].last_access.isoformat() == "2026-03-02" and hits[1].last_access is None
    assert (hits[1].tax_code, hits[1].municipality) == (tax_code("RSSMRC80A01H264"), "Rho")


def test_the_limit_caps_the_results(desk, people):
    assert len(search_people(desk, "ross", limit=2)) == 2


def test_merged_people_disappear_and_come_back_on_undo(desk, people, volunteer):
    merge_id = merge_people(desk, people["marco"].id, people["rossini"].id, volunteer.id)
    assert _names(search_people(desk, "ross")) == ["Rossi Marco", "Bianchi Rossella"]
    undo_merge(desk, merge_id, volunteer.id)
    assert "Rossini Fatima" in _names(search_people(desk, "ross"))


def test_a_corrected_name_is_found_by_its_new_spelling_only(desk, people):
    update_person(desk, people["rossella"].id, PersonDraft("Rosalba", "Bianchi"), None)
    assert _names(search_people(desk, "rossel")) == []
    assert _names(search_people(desk, "rosal")) == ["Bianchi Rosalba"]
