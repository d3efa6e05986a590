"""The person card and the GDPR export: everything about one person, notes kept close."""

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from desktop.services.accesses import register_access
from desktop.services.activities import create_activity, enrol
from desktop.services.consultations import record_consultation
from desktop.services.housing import add_home, start_stay
from desktop.services.person_file import export_person_data, person_file
from desktop.services.requests import open_request
from sync.errors import NotAllowed, NotFound, OpDeskError
from sync.schema import AuditEntry


@pytest.fixture
def marco(desk, add_person):
    person = add_person("Rossi", "Marco", phone="333 1234567")
    other = add_person("Verdi", "Anna")
    register_access(desk, person.id, ["lavoro"], None, occurred_at=datetime(2026, 3, 1, 9))
    register_access(desk, person.id, ["casa"], None, occurred_at=datetime(2026, 3, 2, 9))
    register_access(desk, other.id, ["casa"], None)
    record_consultation(desk, person.id, "lavoro", None, notes="private words")
    open_request(desk, person.id, "casa", date(2026, 3, 1), None, None)
    start_stay(desk, add_home(desk, "Bilocale", 2).id, person.id, 2, date(2026, 3, 5), None)
    enrol(desk, create_activity(desk, "evento", "Festa", date(2026, 3, 8)).id, person.id)
    return person


def test_the_card_holds_everything_but_the_notes(desk, marco):
    card = person_file(desk, marco.id)
    assert card.person["phone"] == "333 1234567"
    assert [a["themes"] for a in card.accesses] == ["casa", "lavoro"]
    assert len(card.requests) == 1 and "notes" not in card.consultations[0]
    assert card.stays[0]["home_description"] == "Bilocale"
    assert card.participations[0]["activity_title"] == "Festa"
    assert "hlc" not in card.person
    with pytest.raises(NotFound):
        person_file(desk, "missing")


def test_the_export_is_a_json_file_with_the_notes_and_is_audit_logged(desk, marco, operator,
                                                                      tmp_path):
    path = export_person_data(desk, marco.id, tmp_path / "marco.json", operator.id)
    exported = json.loads(path.read_text("utf-8"))
    assert exported["person"]["family_name"] == "Rossi" and exported["site"] == "rho"
    assert exported["consultations"][0]["notes"] == "private words"
    assert len(exported["accesses"]) == 2 and len(exported["participations"]) == 1
    with desk.reading() as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert (entry.action, entry.account_id, entry.subject_id) == (
        "export_person_data", operator.id, marco.id)


def test_a_volunteer_cannot_export_and_a_failed_write_logs_nothing(desk, marco, volunteer,
                                                                   operator, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotAllowed):
        export_person_data(desk, marco.id, out / "marco.json", volunteer.id)
    with pytest.raises(OpDeskError, match=r"Could not write .*choose a folder"):
        export_person_data(desk, marco.id, out / "no-such-folder" / "marco.json", operator.id)
    with desk.reading() as session:
        assert session.scalars(select(AuditEntry)).all() == []
    assert list(out.iterdir()) == []
