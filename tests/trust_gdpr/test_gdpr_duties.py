"""Consent per purpose, retention, art. 15 export, art. 30 record, audit trail, argon2id."""

import json
from datetime import date, datetime

import pytest
from argon2 import extract_parameters
from sqlalchemy import func, select

from desktop.services.accounts import HASHER, create_account
from desktop.services.desk import create_desk
from desktop.services.privacy import (
    ConsentState,
    audit_trail,
    consent_states,
    erase_person,
    record_audit_export,
    record_consent,
    withdraw_consent,
)
from sync.cli import main as op_sync
from sync.client import sync_once
from sync.errors import InvalidInput, NotAllowed
from sync.gdpr.consents import consents_of
from sync.gdpr.office import anonymise_inactive
from sync.gdpr.record import UNDESCRIBED
from sync.schema import REPLICATED_MODELS, Access, Consent, Person


def test_consent_is_kept_per_purpose_with_its_notice_version_and_withdrawal(data_dir):
    register = create_desk(data_dir, "rho")
    with register.writing() as session:
        person = Person(given_name="Ada", family_name="Neri")
        session.add(person)
    record_consent(register, person.id, "registro", date(2026, 1, 5), "2026-01", None)
    record_consent(register, person.id, "registro", date(2026, 1, 5), "2026-01", None)
    record_consent(register, person.id, "ricontatto", date(2026, 1, 5), "2026-01", None)
    record_consent(register, person.id, "registro", date(2026, 2, 1), "2026-02", None)
    withdraw_consent(register, person.id, "ricontatto", date(2026, 3, 1), None)
    with register.reading() as session:
        rows = [(c.purpose, c.notice_version, c.given_on, c.withdrawn_on)
                for c in consents_of(session, person.id)]
    assert rows == [("registro", "2026-01", date(2026, 1, 5), date(2026, 2, 1)),
                    ("ricontatto", "2026-01", date(2026, 1, 5), date(2026, 3, 1)),
                    ("registro", "2026-02", date(2026, 2, 1), None)]
    with pytest.raises(InvalidInput, match="consent cannot be recorded"):
        record_consent(register, person.id, "marketing", date(2026, 1, 5), "", None)
    assert consent_states(register, person.id) == {  # what the person card shows
        "registro": ConsentState(date(2026, 2, 1), "2026-02", None),
        "ricontatto": ConsentState(date(2026, 1, 5), "2026-01", date(2026, 3, 1))}
    register.close()


def test_consents_travel_to_other_desks(office, tmp_path):
    rho, lainate = office.enrol(tmp_path / "rho", "rho"), office.enrol(tmp_path / "lai", "lainate")
    with rho.writing() as session:
        person = Person(given_name="Ada", family_name="Neri")
        session.add(person)
    record_consent(rho, person.id, "attivita", date(2026, 1, 5), "2026-01", None)
    sync_once(rho)
    sync_once(lainate)
    with lainate.reading() as session:
        assert [c.purpose for c in consents_of(session, person.id)] == ["attivita"]
    rho.close()
    lainate.close()


def _office_people(office):
    with office.store.engine.connect() as connection:
        return {row.id: row for row in connection.execute(select(Person.__table__))}


def test_retention_anonymises_only_people_inactive_for_the_years_and_keeps_counts(
        office, tmp_path):
    rho = office.enrol(tmp_path / "rho", "rho")
    with rho.writing() as session:
        old = Person(given_name="Vecchio", family_name="Rossi", created_at=datetime(2015, 1, 1))
        recent = Person(given_name="Nuovo", family_name="Bianchi",
                        created_at=datetime(2015, 1, 1))
        session.add_all([old, recent])
        session.flush()
        session.add(Access(person_id=old.id, occurred_at=datetime(2016, 5, 1), themes="casa"))
        session.add(Access(person_id=recent.id, occurred_at=datetime(2025, 5, 1), themes="casa"))
    sync_once(rho)
    engine = office.store.engine
    with engine.connect() as connection:
        accesses = connection.execute(select(func.count()).select_from(Access)).scalar_one()
    assert anonymise_inactive(engine, 5, today=date(2026, 6, 1)) == [old.id]
    assert anonymise_inactive(engine, 5, today=date(2026, 6, 1)) == []  # already done
    people = _office_people(office)
    assert people[old.id].given_name is None and people[old.id].erased_at is not None
    assert people[recent.id].given_name == "Nuovo"
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Access)).scalar_one() \
            == accesses
    sync_once(rho)
    with rho.reading() as session:
        assert session.get(Person, old.id).family_name is None
    rho.close()


def test_retention_refuses_less_than_a_year(office):
    with pytest.raises(InvalidInput, match="at least 1 year"):
        anonymise_inactive(office.store.engine, 0)


def test_export_person_gathers_every_desk_and_is_audited(office, tmp_path, capsys):
    rho, lainate = office.enrol(tmp_path / "rho", "rho"), office.enrol(tmp_path / "lai", "lainate")
    with rho.writing() as session:
        person = Person(given_name="Ada", family_name="Neri")
        session.add(person)
        session.flush()
        session.add(Access(person_id=person.id, occurred_at=datetime(2026, 1, 5, 10),
                           themes="lavoro"))
    record_consent(rho, person.id, "registro", date(2026, 1, 5), "2026-01", None)
    sync_once(rho)
    sync_once(lainate)
    with lainate.writing() as session:
        session.add(Access(person_id=person.id, occurred_at=datetime(2026, 2, 5, 10),
                           themes="casa"))
    sync_once(lainate)
    out = tmp_path / "ada.json"
    db = str(office.store.engine.url)
    assert op_sync(["--db", db, "export-person", person.id, "--out", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["person"]["family_name"] == "Neri"
    assert sorted(a["site"] for a in document["records"]["accesses"]) == ["lainate", "rho"]
    assert [c["purpose"] for c in document["records"]["consents"]] == ["registro"]
    with office.store.engine.connect() as connection:
        actions = connection.exec_driver_sql(
            "SELECT action FROM audit_log WHERE subject_id = ?", (person.id,)).scalars().all()
    assert actions == ["export"]
    assert op_sync(["--db", db, "export-person", "no-such-id", "--out", str(out)]) != 0
    assert "no person" in capsys.readouterr().err
    rho.close()
    lainate.close()


def test_op_sync_erase_blanks_the_person(office, tmp_path):
    rho = office.enrol(tmp_path / "rho", "rho")
    with rho.writing() as session:
        person = Person(given_name="Ada", family_name="Neri", tax_code="RSSMRA85T10A562S")
        session.add(person)
    sync_once(rho)
    assert op_sync(["--db", str(office.store.engine.url), "erase", person.id]) == 0
    assert _office_people(office)[person.id].tax_code is None
    sync_once(rho)
    with rho.reading() as session:
        assert session.get(Person, person.id).tax_code is None
    rho.close()


def test_processing_record_describes_every_table_and_column_from_the_schema(tmp_path):
    out = tmp_path / "art30.md"
    assert op_sync(["processing-record", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    for model in REPLICATED_MODELS:
        assert f"### `{model.__tablename__}`" in text
    for column in ("tax_code", "phone", "email", "birth_date"):
        assert f"`{column}`" in text
    assert "`purpose`" in text and "`notice_version`" in text
    assert UNDESCRIBED not in text
    assert Consent.__tablename__ in text


def test_audit_trail_shows_erasures_to_coordinators_only(data_dir):
    register = create_desk(data_dir, "rho")
    boss = create_account(register, "capo", "Capo", "coordinator", "12345678", None)
    helper = create_account(register, "aiuto", "Aiuto", "volunteer", "1234", boss.id)
    with register.writing() as session:
        person = Person(given_name="Ada", family_name="Neri")
        session.add(person)
    with pytest.raises(NotAllowed):
        erase_person(register, person.id, helper.id)
    erase_person(register, person.id, boss.id)
    assert [(e.action, e.subject_id) for e in audit_trail(register, boss.id)] \
        == [("erase", person.id)]
    with pytest.raises(NotAllowed):
        audit_trail(register, helper.id)
    register.close()


def test_exporting_the_audit_trail_is_itself_audited_for_coordinators_only(data_dir, tmp_path):
    register = create_desk(data_dir, "rho")
    boss = create_account(register, "capo", "Capo", "coordinator", "12345678", None)
    helper = create_account(register, "aiuto", "Aiuto", "volunteer", "1234", boss.id)
    with pytest.raises(NotAllowed):
        record_audit_export(register, helper.id, tmp_path / "registro.csv", 3)
    assert audit_trail(register, boss.id) == []
    record_audit_export(register, boss.id, tmp_path / "registro.csv", 3)
    [entry] = audit_trail(register, boss.id)
    assert (entry.action, entry.account_id, entry.subject_table) \
        == ("export_audit_log", boss.id, "audit_log")
    assert json.loads(entry.detail) == {"file": "registro.csv", "rows": 3}
    register.close()


def test_secrets_are_hashed_with_at_least_owasp_argon2id_parameters():
    parameters = extract_parameters(HASHER.hash("1234"))
    assert parameters.type.name == "ID"
    assert parameters.memory_cost >= 19 * 1024  # KiB
    assert parameters.time_cost >= 2
    assert parameters.parallelism == 1
