"""Fixtures for the legacy import and export tests: desk registers and small CSV folders."""

import csv
from datetime import date
from pathlib import Path

import pytest

from desktop.services.desk import create_desk
from sync.register import Register
from tests.datagen import tax_code, write_legacy_folder


@pytest.fixture
def desk(tmp_path):
    """An empty Rho desk register, opened as the desk opens it (search index included)."""
    register = create_desk(tmp_path / "desk", "rho")
    yield register
    register.close()


@pytest.fixture
def generated(tmp_path) -> tuple[Path, dict[str, int]]:
    """A small realistic legacy folder and its row counts per file."""
    folder = tmp_path / "legacy"
    return folder, write_legacy_folder(folder, people=60, accesses=240, seed=7)


def write_csv(folder: Path, name: str, rows: list[list[str]], *, bom: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / name).open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(rows)


VALID_CODE = tax_code("Niccolò", "Cantù", date(1980, 3, 14), False, "H264")
TYPO_CODE = VALID_CODE[:-1] + ("A" if VALID_CODE[-1] != "A" else "B")


@pytest.fixture
def bad_folder(tmp_path) -> Path:
    """One bad tax code, one unknown theme, one impossible date, one dangling rif_persona;
    a quoted note spans two lines, so line numbers are physical CSV lines."""
    folder = tmp_path / "bad"
    write_csv(folder, "persone.csv", [
        ["rif", "nome", "cognome", "codice_fiscale", "data_nascita", "comune", "telefono",
         "email", "data_consenso"],
        ["P1", "Niccolò", "Cantù", VALID_CODE, "1980-03-14", "Rho", "", "", "2024-01-10"],
        ["P2", "Zoë", "D'Angelo", TYPO_CODE, "", "Milano", "", "", ""],
    ])
    write_csv(folder, "accessi.csv", [
        ["rif", "rif_persona", "data_ora", "temi", "note"],
        ["A1", "P1", "2024-02-01T10:00", "lavoro;casa", "prima riga\nseconda riga"],
        ["A2", "", "2024-02-02T11:30", "risparmio", ""],
        ["A3", "P1", "2024-02-03T09:15", "lavoro;lavoretto", ""],
        ["A4", "P2", "2024-02-04T09:15", "debito", ""],
    ])
    write_csv(folder, "richieste.csv", [
        ["rif", "rif_persona", "tipo", "data_apertura", "stato", "data_chiusura", "note"],
        ["R1", "P1", "famiglia", "2024-02-30", "aperta", "", ""],
        ["R2", "P1", "casa", "2024-03-01", "soddisfatta", "2024-04-01", ""],
    ])
    write_csv(folder, "consulenze.csv", [
        ["rif", "rif_persona", "data_ora", "tema", "note"],
        ["C1", "P99", "2024-02-01T10:30", "lavoro", ""],
        ["C2", "P1", "2024-02-01T10:45", "risparmio", ""],
    ])
    return folder


def snapshot(register: Register) -> dict[str, list[str]]:
    """Every row of every table (the clock's last stamp aside), to prove nothing changed.
    Read through the register's engine, which opens encrypted registers too."""
    with register.engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'").scalars().all()
        dump = {name: sorted(map(repr, connection.exec_driver_sql(f'SELECT * FROM "{name}"')))
                for name in tables}
    dump["local_state"] = [row for row in dump["local_state"] if "'clock'" not in row]
    return dump


def snapshot_of(data_dir: Path) -> dict[str, list[str]]:
    """``snapshot`` of the register in ``data_dir``, opened without the desk's own additions."""
    register = Register.open(data_dir)
    try:
        return snapshot(register)
    finally:
        register.close()
