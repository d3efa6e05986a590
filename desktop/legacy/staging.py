"""Reading a legacy folder into a staging database, where SQL can check it as a whole.

The staging database lives in memory (sqlite-utils does the bulk insert); every row keeps its
CSV line number (``_line``, the header is line 1, a quoted value spanning lines counts every
line) so each problem can be reported as ``file:line: reason``. Nothing here touches the
register.
"""

import csv
import io
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
from sqlalchemy import select

from desktop.legacy.layout import FILE_BY_NAME, FILES, LegacyFile
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import MODEL_BY_TABLE

Progress = Callable[[str, int, int], None]
"""``progress(phase, done, total)``: called as work advances, for a console line or a bar."""

BATCH = 10_000
REGISTER = "reg"
"""The staging schema that holds the register's keys (see ``copy_register_keys``)."""


def no_progress(_phase: str, _done: int, _total: int) -> None:
    """The default when nobody is watching."""


@dataclass(frozen=True, order=True)
class Problem:
    """One reason why a row (or a whole file, on line 1) cannot be stored."""

    order: int
    line: int
    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


def problem(legacy: LegacyFile, line: int, reason: str) -> Problem:
    return Problem(FILES.index(legacy), line, legacy.name, reason)


@dataclass
class Staging:
    """The folder's rows in one table per file (all eight exist, maybe empty)."""

    db: sqlite_utils.Database
    found: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def count(self, legacy: LegacyFile) -> int:
        return self.db[legacy.stem].count


def stage_folder(folder: Path, progress: Progress = no_progress) -> Staging:
    """Read every known CSV file of ``folder`` into a fresh in-memory staging database."""
    if not folder.is_dir():
        raise InvalidInput(f"The folder {folder} does not exist: give the folder that holds "
                           "the legacy CSV files (persone.csv, accessi.csv, ...).")
    staging = Staging(sqlite_utils.Database(sqlite3.connect(":memory:",
                                                            check_same_thread=False)))
    by_lower_name = {path.name.lower(): path for path in sorted(folder.iterdir())
                     if path.is_file()}
    for name, path in by_lower_name.items():
        if name not in FILE_BY_NAME:
            staging.notes.append(f"Ignored {path.name}: not a file of the legacy format.")
    for legacy in FILES:
        _create_table(staging.db, legacy)
        path = by_lower_name.get(legacy.name)
        if path is not None:
            staging.found.append(legacy.name)
            _stage_file(staging, legacy, path, progress)
    return staging


def _create_table(db: sqlite_utils.Database, legacy: LegacyFile) -> None:
    columns = {"_line": int} | {name: str for name in legacy.column_names()}
    db[legacy.stem].create(columns, pk="_line")


def _stage_file(staging: Staging, legacy: LegacyFile, path: Path, progress: Progress) -> None:
    phase = f"reading {legacy.name}"
    progress(phase, 0, 1)
    text = _decode(staging, legacy, path.read_bytes())
    if text is None:
        return
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    try:
        header = next(reader, None)
        positions = None if header is None else _header_positions(staging, legacy, header)
        if positions is None:
            return
        wanted = [(name, positions.get(name)) for name in legacy.column_names()]
        rows, line = [], reader.line_num + 1
        for record in reader:
            if any(value.strip() for value in record):
                rows.append(_row(staging, legacy, line, record, wanted, len(header)))
            line = reader.line_num + 1
    except csv.Error as error:
        staging.problems.append(problem(
            legacy, line, f"the double quotes of a value do not pair up ({error}): the file "
                          "cannot be read past this line"))
        return
    table = staging.db[legacy.stem]
    for start in range(0, len(rows), BATCH):
        table.insert_all(rows[start:start + BATCH], batch_size=BATCH)
        progress(phase, min(start + BATCH, len(rows)), len(rows))
    for column in ("rif", "rif_persona", "rif_attivita"):
        if column in positions:
            table.create_index([column])
    progress(phase, 1, 1)


def _decode(staging: Staging, legacy: LegacyFile, raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        staging.problems.append(problem(
            legacy, line, "the file is not UTF-8 text: save it again as 'CSV UTF-8'"))
        return None


def _header_positions(staging: Staging, legacy: LegacyFile,
                      header: list[str]) -> dict[str, int] | None:
    names = [name.strip().lower() for name in header]
    positions = {name: names.index(name) for name in legacy.column_names() if name in names}
    missing = [column.name for column in legacy.columns
               if column.required and column.name not in positions]
    if not missing:
        return positions
    hint = (": the file looks separated by ';', save it as comma-separated CSV"
            if len(header) == 1 and ";" in header[0] else "")
    staging.problems.append(problem(
        legacy, 1, f"missing column{'s' if len(missing) > 1 else ''} "
                   f"{', '.join(missing)}{hint}"))
    return None


def _row(staging: Staging, legacy: LegacyFile, line: int, record: list[str],
         wanted: list[tuple[str, int | None]], width: int) -> dict:
    """The row's values by column name; a column the file lacks, or a short row, gives ''."""
    if len(record) > width:
        staging.problems.append(problem(
            legacy, line, f"{len(record)} values where the header has {width} columns: "
                          "put values that contain commas between double quotes"))
    elif len(record) < width:
        record = record + [""] * (width - len(record))
    row = {"_line": line}
    for name, position in wanted:
        row[name] = "" if position is None else record[position].strip()
    return row


def copy_register_keys(staging: Staging, register: Register) -> None:
    """Copy what matching needs from the register into the staging schema ``reg``: id, site
    and rif of each table the legacy files fill, and who is enrolled in which activity.

    A copy, not an ATTACH of the register file: the register may be encrypted, and the copy
    is one consistent snapshot, read in a single transaction.
    """
    db = staging.db
    db.execute(f"ATTACH DATABASE ':memory:' AS {REGISTER}")
    with register.engine.connect() as connection, connection.begin():
        for legacy in FILES:
            columns = ("id", "site", "rif") if legacy.has_rif else (
                "id", "activity_id", "person_id")
            table = MODEL_BY_TABLE[legacy.table].__table__
            db.execute(f"CREATE TABLE {REGISTER}.{legacy.table} ({', '.join(columns)})")
            db.conn.executemany(
                f"INSERT INTO {REGISTER}.{legacy.table} VALUES (?, ?, ?)",
                connection.execute(select(*(table.c[name] for name in columns))))
            if legacy.has_rif:
                db.execute(f"CREATE INDEX {REGISTER}.{legacy.table}_rif "
                           f"ON {legacy.table} (rif)")
                db.execute(f"CREATE INDEX {REGISTER}.{legacy.table}_id ON {legacy.table} (id)")
