"""Export writes the import format back, so a new register importing it counts the same."""

import csv
from datetime import datetime

import pytest
from sqlalchemy import select, update

from desktop.legacy.exporting import export_folder
from desktop.legacy.importing import import_folder
from desktop.services.accesses import register_access
from desktop.services.desk import create_desk
from sync.errors import InvalidInput
from sync.keynumbers import compute
from sync.schema import Access, AuditEntry, Person
from tests.datagen import COLUMNS


def _key_numbers(register):
    numbers = compute(register.engine, "2020-01-01", "2030-12-31", ["rho"])
    return numbers.indicators, numbers.by_site


def _read(folder, name):
    with (folder / name).open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


@pytest.fixture
def worked_desk(desk, generated):
    """A desk that imported a folder, then registered an access and tombstoned another."""
    folder, _ = generated
    import_folder(desk, folder)
    made = register_access(desk, None, ["lavoro", "debito"], None,
                           occurred_at=datetime(2024, 5, 6, 9, 30))
    with desk.writing() as session:
        session.execute(update(Access).where(Access.rif == "A0000001").values(deleted=True))
    return desk, made


def test_export_has_the_import_columns_plus_id_and_leaves_tombstones_out(worked_desk, tmp_path):
    desk, made = worked_desk
    result = export_folder(desk, tmp_path / "out")
    for name, columns in COLUMNS.items():
        with (tmp_path / "out" / name).open(encoding="utf-8") as source:
            assert next(csv.reader(source)) == ["id", *columns]
    accesses = {row["rif"]: row for row in _read(tmp_path / "out", "accessi.csv")}
    assert "A0000001" not in accesses
    assert accesses[made.id]["id"] == made.id  # made at the desk: rif is the id
    assert accesses[made.id]["temi"] == "lavoro;debito"
    assert accesses[made.id]["data_ora"] == "2024-05-06T09:30"
    people = {row["id"]: row["rif"] for row in _read(tmp_path / "out", "persone.csv")}
    assert all(row["rif_persona"] in set(people.values()) | {""} for row in accesses.values())
    assert result.counts["accessi.csv"] == len(accesses)
    with desk.reading() as session:
        assert session.scalars(select(AuditEntry.action)).all()[-1] == "export"


def test_import_export_import_gives_the_same_key_numbers(worked_desk, tmp_path):
    desk, _ = worked_desk
    export_folder(desk, tmp_path / "out")
    copy = create_desk(tmp_path / "copy", "rho")
    try:
        import_folder(copy, tmp_path / "out")
        assert _key_numbers(copy) == _key_numbers(desk)
        assert _key_numbers(desk)[0]["accesses"] > 0
        export_folder(copy, tmp_path / "again")
        for name in COLUMNS:  # and the copy exports the same rows (ids aside)
            strip = [{k: v for k, v in row.items() if k != "id"} for row in
                     _read(tmp_path / "again", name)]
            original = [{k: v for k, v in row.items() if k != "id"} for row in
                        _read(tmp_path / "out", name)]
            assert sorted(map(repr, strip)) == sorted(map(repr, original)), name
    finally:
        copy.close()


def test_importing_its_own_export_is_a_no_op(worked_desk, tmp_path):
    desk, _ = worked_desk
    export_folder(desk, tmp_path / "out")
    again = import_folder(desk, tmp_path / "out")
    assert all(again.new(name) == 0 for name in COLUMNS)


def test_export_never_overwrites_an_earlier_export(desk, tmp_path):
    export_folder(desk, tmp_path / "out")
    with pytest.raises(InvalidInput, match=r"already holds persone\.csv"):
        export_folder(desk, tmp_path / "out")


def test_references_to_a_merged_person_point_at_the_survivor(desk, generated, tmp_path):
    folder, _ = generated
    assert any(row["rif_persona"] == "P000002" for row in _read(folder, "accessi.csv"))
    import_folder(desk, folder)
    with desk.writing() as session:
        people = {p.rif: p for p in session.scalars(select(Person))}
        survivor, duplicate = people["P000001"], people["P000002"]
        duplicate.deleted, duplicate.merged_into = True, survivor.id
    export_folder(desk, tmp_path / "out")
    rifs = {row["rif"] for row in _read(tmp_path / "out", "persone.csv")}
    assert "P000001" in rifs and "P000002" not in rifs
    referenced = {row["rif_persona"] for name in ("accessi.csv", "consulenze.csv",
                                                  "richieste.csv", "partecipazioni.csv")
                  for row in _read(tmp_path / "out", name)}
    assert "P000002" not in referenced and referenced - {""} <= rifs
    copy = create_desk(tmp_path / "copy", "rho")
    try:
        import_folder(copy, tmp_path / "out")
        assert _key_numbers(copy)[0]["accesses"] == _key_numbers(desk)[0]["accesses"]
    finally:
        copy.close()
