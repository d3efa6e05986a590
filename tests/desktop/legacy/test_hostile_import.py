"""Hostile legacy files (issue 7): the importer stores rows or refuses with ``file:line``
reasons, never anything else, and a refusal leaves the register exactly as it was.

Hypothesis writes each of the eight files from random headers, quoting, huge values, NULs,
odd dates and tax codes, in wrong encodings or as raw bytes, next to small valid parent files
so references sometimes resolve. One desk register serves every example: successful imports
make later examples meet rows "already present". OP_HOSTILE_EXAMPLES (per file) raises the count.
"""

import csv
import io
import os
import re
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.legacy.importing import import_folder
from desktop.legacy.layout import (
    COUNT,
    DATE,
    DATETIME,
    FILES,
    REFERENCE,
    TAX_CODE,
    THEMES,
    Column,
    LegacyFile,
)
from desktop.services.desk import create_desk
from sync.errors import InvalidInput
from sync.schema import MODEL_BY_TABLE
from sync.vocabulary import THEME_CODES
from tests.datagen import tax_code
from tests.desktop.legacy.conftest import VALID_CODE, snapshot

EXAMPLES = int(os.environ.get("OP_HOSTILE_EXAMPLES", "60"))
RIFS = ("X1", "X2", "P1", "H1", "T1", "R1", "")
"""A small pool: duplicates within a file, references that resolve (to the parents below)
and ones that do not."""

PARENTS = {
    "persone.csv": "rif,nome,cognome,codice_fiscale\nP1,Niccolò,Cantù," + VALID_CODE + "\n",
    "alloggi.csv": "rif,descrizione,posti\nH1,Bilocale,2\n",
    "attivita.csv": "rif,tipo,titolo,data_inizio\nT1,laboratorio,Cucito,2024-01-10\n",
    "richieste.csv": "rif,rif_persona,tipo,data_apertura,stato\nR1,P1,casa,2024-02-01,aperta\n",
}
PROBLEM = re.compile(r"^[a-z]+\.csv:\d+: \S")

odd_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet='",;\n\r\x00\t \'=', max_size=12),
    st.sampled_from(["=HYPERLINK(\"x\")", "NULL", "\ufeffrif", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u202eevil",
                     " \x00 ", "\r\n\r\n"]),
    st.integers(1_000, 200_000).map(lambda size: "x" * size),  # a huge field
)
odd_dates = st.one_of(
    st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
    st.sampled_from(["2024-02-30", "0000-00-00", "2024-1-1", "14/03/1980", "2024-03-14T",
                     "٢٠٢٤-٠٣-١٤", "99999-01-01", "2024-03-14 ", "-2024-03-14"]),
)
odd_datetimes = st.one_of(
    st.datetimes().map(lambda moment: moment.isoformat(timespec="minutes")),
    odd_dates.map(lambda day: f"{day}T10:00"),
    st.sampled_from(["2024-02-01T25:00", "2024-02-01T10:00+02:00", "2024-02-01 10:00"]),
)
odd_tax_codes = st.one_of(
    st.just(VALID_CODE), st.just(VALID_CODE.lower()), st.just(VALID_CODE[:-1] + "Z"),
    st.builds(tax_code, st.sampled_from(["Zoë", "A", "Jean-Luc"]),
              st.sampled_from(["D'Angelo", "X", "Lì"]),
              st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
              st.booleans(), st.sampled_from(["H264", "Z404", "F205"])),
    st.text(alphabet="ABCDEFGHLMNPRSTUVXYZ0123456789", min_size=11, max_size=17),
)


PARENT_RIFS = {"persone.csv": "P1", "alloggi.csv": "H1", "attivita.csv": "T1",
               "richieste.csv": "R1"}


def _valid(column: Column) -> st.SearchStrategy[str]:
    """Values the contract accepts, so that some examples do store rows."""
    if column.name == "rif":
        return st.sampled_from(["X1", "X2", "X3", "X4"])
    if column.kind == REFERENCE:
        return st.sampled_from([PARENT_RIFS[column.refers_to]] + [""] * (not column.required))
    if column.kind == DATE:
        return st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(date.isoformat)
    if column.kind == DATETIME:
        return st.datetimes(datetime(2000, 1, 1), datetime(2030, 12, 31)).map(
            lambda moment: moment.isoformat(timespec="minutes"))
    if column.kind == TAX_CODE:
        return st.just(VALID_CODE) | st.just("")
    if column.kind == COUNT:
        return st.integers(max(column.minimum, 1), 50).map(str)
    if column.kind == THEMES:
        return st.lists(st.sampled_from(sorted(THEME_CODES)), max_size=3).map(";".join)
    if column.choices:
        return st.sampled_from(sorted(column.choices))
    return st.text(max_size=20).map(lambda text: f"v{text}")


def _hostile(column: Column) -> st.SearchStrategy[str]:
    """Mostly values of the column's kind with a twist, often plain hostile text."""
    if column.name == "rif" or column.kind == REFERENCE:
        odd = st.sampled_from(RIFS)
    elif column.kind == DATE:
        odd = odd_dates
    elif column.kind == DATETIME:
        odd = odd_datetimes
    elif column.kind == TAX_CODE:
        odd = odd_tax_codes
    elif column.kind == COUNT:
        odd = st.integers(-3, 10**30).map(str) | st.sampled_from(["tre", "1.5", "1e3"])
    elif column.kind == THEMES:
        odd = st.lists(st.sampled_from([*sorted(THEME_CODES), "x", " ", ""]),
                       max_size=4).map(";".join)
    elif column.choices:
        odd = st.sampled_from([*sorted(column.choices), "ALTRO", " casa"])
    else:
        odd = st.text(max_size=20)
    return st.one_of(odd, odd, odd_text)


@st.composite
def hostile_file(draw, legacy: LegacyFile) -> bytes:
    """One legacy file: random bytes, a clean file with at most one hostile row, or a CSV
    with a mangled header and hostile rows in any encoding a spreadsheet might choose."""
    mode = draw(st.sampled_from(["bytes", "clean", "clean", "hostile", "hostile"]))
    if mode == "bytes":
        return draw(st.binary(max_size=300))
    names = list(legacy.column_names())
    columns = {column.name: column for column in legacy.columns}
    if mode == "clean":
        header = draw(st.just(names) | st.permutations(names).map(list))
        rows = draw(st.lists(st.tuples(*map(_valid, map(columns.get, header))).map(list),
                             min_size=1, max_size=4))
        if draw(st.booleans()):
            rows.append(draw(st.tuples(*map(_hostile, map(columns.get, header))).map(list)))
        return _written(header, rows, ",", "\r\n").encode(
            draw(st.sampled_from(["utf-8", "utf-8-sig"])))
    header = draw(st.one_of(
        st.just(names),
        st.permutations(names).map(list),
        st.lists(st.sampled_from([*names, " RIF ", "Note", "extra", ""]), max_size=10),
        st.lists(st.text(max_size=8), max_size=5),
    ))
    row = st.tuples(*(_hostile(columns[name]) if name in columns else odd_text
                      for name in header)).map(list)
    rows = draw(st.lists(st.one_of(row, row, st.lists(odd_text, max_size=12)), max_size=6))
    text = _written(header, rows, draw(st.sampled_from([",", ",", ";", "\t"])),
                    draw(st.sampled_from(["\n", "\r\n", "\r"])))
    text += draw(st.sampled_from(["", "", '"unterminated,row\n', "\x00"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # a stray byte somewhere, as a bad copy or a truncated save
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=3)) + data[cut:]
    return data


def _written(header: list[str], rows: list[list[str]], delimiter: str, end: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=end).writerows([header, *rows])
    return buffer.getvalue()


@pytest.fixture(scope="module")
def hostile_desk(tmp_path_factory):
    register = create_desk(tmp_path_factory.mktemp("hostile") / "desk", "rho")
    yield register
    register.close()


def _counts(register) -> dict[str, int]:
    with register.reading() as session:
        return {legacy.name: session.scalar(select(func.count()).select_from(
            MODEL_BY_TABLE[legacy.table])) for legacy in FILES}


@pytest.mark.parametrize("legacy", FILES, ids=[legacy.stem for legacy in FILES])
def test_a_hostile_file_is_imported_or_refused_with_reasons(hostile_desk, legacy):
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(content=hostile_file(legacy), skip_bad_rows=st.booleans(),
           with_parents=st.booleans())
    def check(content: bytes, skip_bad_rows: bool, with_parents: bool) -> None:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            for parent, text in PARENTS.items() if with_parents else ():
                (folder / parent).write_text(text, encoding="utf-8")
            (folder / legacy.name).write_bytes(content)
            before, counts = snapshot(hostile_desk), _counts(hostile_desk)
            try:
                result = import_folder(hostile_desk, folder, skip_bad_rows=skip_bad_rows)
            except InvalidInput as refused:
                event("refused")
                assert str(refused).endswith(".") and "\n" not in str(refused)
                assert refused.problems or "no legacy files" in str(refused)
                assert all(PROBLEM.match(reason) for reason in refused.problems), \
                    refused.problems
                assert snapshot(hostile_desk) == before
                return
            event("stored rows" if any(result.new(name) for name in counts) else "stored none")
            after = _counts(hostile_desk)
            assert {name: after[name] - counts[name] for name in after} == {
                name: result.new(name) for name in after}
            if not skip_bad_rows:
                assert not result.problems

    check()


@pytest.mark.parametrize(("name", "header", "row", "reason"), [
    ("persone.csv", "rif,data_nascita", "X9,-2024-03-14",
     "data_nascita '-2024-03-14' is not a date (YYYY-MM-DD)"),
    ("persone.csv", "rif,data_consenso", "X9,0000-01-01",
     "data_consenso '0000-01-01' is not a date (YYYY-MM-DD)"),
    ("accessi.csv", "rif,data_ora", "X9,0000-01-01T10:00",
     "data_ora '0000-01-01T10:00' is not a date and time (YYYY-MM-DDTHH:MM)"),
    ("alloggi.csv", "rif,descrizione,posti", "X9,Casa,99999999999999999999",
     "posti '99999999999999999999' is not a whole number (0 or more) up to 999,999,999"),
])
def test_values_sqlite_accepts_but_python_cannot_store_are_refused(desk, tmp_path, name,
                                                                  header, row, reason):
    """Found by the test above: SQLite's date() echoes year 0 and negative years, and CAST
    saturates huge counts, so these passed the checks and crashed the insert."""
    (tmp_path / name).write_text(f"{header}\n{row}\n", encoding="utf-8")
    before = snapshot(desk)
    with pytest.raises(InvalidInput) as refused:
        import_folder(desk, tmp_path)
    assert refused.value.problems == [f"{name}:2: {reason}"]
    assert snapshot(desk) == before
