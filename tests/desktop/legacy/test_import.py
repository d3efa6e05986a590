"""Importing stores every row once, stamped and recorded for sync, and never twice."""

import pytest
from sqlalchemy import func, select, text

from desktop.legacy import loading
from desktop.legacy.importing import import_folder
from desktop.legacy.loading import RegisterBusy, plan_import, store
from desktop.legacy.staging import copy_register_keys, no_progress, stage_folder
from desktop.services.accesses import register_access
from desktop.services.desk import create_desk
from desktop.services.search_index import ensure_index
from sync.schema import MODEL_BY_TABLE, ChangeRecord, Person
from tests.datagen import write_legacy_folder
from tests.desktop.legacy.conftest import VALID_CODE, snapshot, write_csv

TABLE_BY_FILE = {"persone.csv": "people", "accessi.csv": "accesses",
                 "consulenze.csv": "consultations", "richieste.csv": "requests",
                 "alloggi.csv": "homes", "ospitalita.csv": "stays", "attivita.csv": "activities",
                 "partecipazioni.csv": "participations"}


def _count(register, table: str) -> int:
    model = MODEL_BY_TABLE[table]
    with register.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _stamps(register) -> dict[str, list[tuple]]:
    with register.engine.connect() as connection:
        return {table: sorted(map(tuple, connection.exec_driver_sql(
            f"SELECT id, hlc FROM {table}"))) for table in TABLE_BY_FILE.values()}


def test_import_stores_every_row_with_site_stamp_and_change_record(desk, generated):
    folder, counts = generated
    result = import_folder(desk, folder)
    for name, table in TABLE_BY_FILE.items():
        assert _count(desk, table) == counts[name] == result.new(name)
    stamps = _stamps(desk)
    all_ids = [row_id for rows in stamps.values() for row_id, _ in rows]
    assert len(set(all_ids)) == len(all_ids)
    assert all(row_id[14] == "7" for row_id in all_ids)  # UUIDv7
    all_stamps = [hlc for rows in stamps.values() for _, hlc in rows]
    assert len(set(all_stamps)) == len(all_stamps) and all(desk.node in s for s in all_stamps)
    with desk.reading() as session:
        recorded = set(session.execute(select(ChangeRecord.table_name, ChangeRecord.row_id)))
        sites = set(session.scalars(select(Person.site)))
    assert {(table, row_id) for table, rows in stamps.items() for row_id, _ in rows} <= recorded
    assert sites == {"rho"}
    assert result.sentence().startswith(f"Imported {counts['persone.csv']} people, ")


def _indexed(register) -> list[tuple]:
    """Each indexed person's rif and the last visit the index ranks them by."""
    with register.reading() as session:
        return sorted(map(tuple, session.execute(text(
            "SELECT p.rif, k.last_access FROM people_search AS s "
            "JOIN people_search_keys AS k ON k.search_rowid = s.rowid "
            "JOIN people AS p ON p.id = s.person_id"))))


def test_a_bulk_import_builds_the_same_search_index_as_row_by_row_upkeep(
        desk, generated, tmp_path, monkeypatch):
    folder, counts = generated
    import_folder(desk, folder)
    monkeypatch.setattr(loading, "BULK_SEARCH_REBUILD", 1)
    bulk = create_desk(tmp_path / "bulk", "rho")
    try:
        import_folder(bulk, folder)
        assert len(_indexed(bulk)) == counts["persone.csv"]
        assert _indexed(bulk) == _indexed(desk)
        with bulk.raw_writing() as connection:
            assert ensure_index(connection) is False
        with bulk.writing() as session:
            session.add(Person(given_name="Ivo", family_name="Zanardelli", rif="new"))
        assert ("new", None) in _indexed(bulk), "the index's upkeep is back after the load"
    finally:
        bulk.close()


def test_second_import_changes_nothing(desk, generated):
    folder, counts = generated
    import_folder(desk, folder)
    stamps, before = _stamps(desk), snapshot(desk)
    again = import_folder(desk, folder)
    assert _stamps(desk) == stamps
    assert snapshot(desk) == before  # no new change_log row, audit entry or anything
    assert all(again.new(name) == 0 for name in counts)
    assert again.plans["accessi.csv"].present == counts["accessi.csv"]
    assert again.sentence() == (f"Nothing new to import from {folder} "
                                f"({sum(counts.values()):,} already present).")


def test_dry_run_counts_new_present_and_bad_and_writes_nothing(desk, generated):
    folder, counts = generated
    before = snapshot(desk)
    result = import_folder(desk, folder, dry_run=True)
    assert snapshot(desk) == before
    assert result.new("persone.csv") == counts["persone.csv"]
    assert result.sentence().endswith("; nothing was written (dry run).")
    assert result.rows_table()[0].split() == ["file", "new", "present", "bad"]
    assert result.rows_table()[1].split() == ["persone.csv", str(counts["persone.csv"]), "0", "0"]


def test_values_are_normalised_as_the_register_keeps_them(desk, tmp_path):
    folder = tmp_path / "one"
    write_csv(folder, "persone.csv", [
        ["rif", "nome", "cognome", "codice_fiscale", "data_nascita", "comune", "telefono",
         "email", "data_consenso"],
        ["P1", "Niccolò", "Cantù", VALID_CODE.lower(), "", "Rho", "", "", "2024-01-10"],
        ["P2", "Zoë", "Sala", "", "", "", "", "", ""],
    ], bom=True)
    write_csv(folder, "accessi.csv", [
        ["rif", "rif_persona", "data_ora", "temi", "note"],
        ["A1", "P1", "2024-02-01T10:00", "altro;Lavoro;casa;lavoro", ""],
    ])
    import_folder(desk, folder)
    with desk.reading() as session:
        people = {p.rif: p for p in session.scalars(select(Person))}
        access = session.scalars(select(MODEL_BY_TABLE["accesses"])).one()
    niccolo = people["P1"]
    assert (niccolo.tax_code, niccolo.sex, str(niccolo.birth_date)) == (VALID_CODE, "M",
                                                                       "1980-03-14")
    assert (str(niccolo.consent_date), niccolo.consent_notice_version) == ("2024-01-10",
                                                                           "legacy")
    assert people["P2"].consent_notice_version is None
    assert access.themes == "lavoro;casa;altro" and access.person_id == niccolo.id
    register_access(desk, None, ["casa"], None, occurred_at=access.occurred_at)
    with desk.engine.connect() as connection:  # stored as an ORM write stores it
        stored = connection.exec_driver_sql("SELECT occurred_at, deleted FROM accesses").all()
    assert stored[0] == stored[1]


def test_missing_files_are_optional_and_unknown_files_are_noted(desk, tmp_path):
    folder = tmp_path / "partial"
    write_legacy_folder(folder, people=10, accesses=20, seed=3)
    for name in ("consulenze.csv", "richieste.csv", "ospitalita.csv", "partecipazioni.csv"):
        (folder / name).unlink()
    (folder / "vecchio_foglio.xlsx").write_bytes(b"PK")
    result = import_folder(desk, folder)
    assert list(result.plans) == ["persone.csv", "alloggi.csv", "attivita.csv", "accessi.csv"]
    assert result.notes == ["Ignored vecchio_foglio.xlsx: not a file of the legacy format."]
    assert _count(desk, "accesses") == 20


def test_references_resolve_to_people_already_in_the_register(desk, tmp_path):
    first, second = tmp_path / "people", tmp_path / "accesses"
    write_legacy_folder(first, people=10, accesses=0, seed=5)
    import_folder(desk, first)
    write_csv(second, "accessi.csv", [
        ["rif", "rif_persona", "data_ora", "temi", "note"],
        ["A1", "P000003", "2024-02-01T10:00", "lavoro", ""],
    ])
    import_folder(desk, second)
    with desk.reading() as session:
        person = session.scalars(select(Person).where(Person.rif == "P000003")).one()
        access = session.scalars(select(MODEL_BY_TABLE["accesses"])).one()
    assert access.person_id == person.id


def test_skip_bad_rows_stores_the_good_ones_and_lists_the_rest(desk, bad_folder):
    result = import_folder(desk, bad_folder, skip_bad_rows=True)
    listed = [str(problem) for problem in result.problems]
    assert [line.split(": ", 1)[0] for line in listed] == [
        "persone.csv:3", "accessi.csv:5", "accessi.csv:6", "consulenze.csv:2",
        "richieste.csv:2"]
    assert listed[2] == ("accessi.csv:6: skipped: rif_persona 'P2' refers to persone.csv:3, "
                         "which is skipped")
    assert (_count(desk, "people"), _count(desk, "accesses"), _count(desk, "consultations"),
            _count(desk, "requests")) == (1, 2, 1, 1)
    assert result.sentence() == ("Imported 1 person, 2 accesses, 1 consultation and 1 request "
                                 "(5 bad rows left out).")


def test_a_plan_overtaken_by_another_import_is_refused_not_stored_twice(desk, generated):
    folder, counts = generated
    staging = stage_folder(folder)
    copy_register_keys(staging, desk)
    stale = plan_import(staging, desk.site, {})
    import_folder(desk, folder)  # another import commits first
    before = snapshot(desk)
    with pytest.raises(RegisterBusy, match="run the import again"):
        store(desk, stale, "stale", no_progress)
    assert snapshot(desk) == before
    assert _count(desk, "people") == counts["persone.csv"]
