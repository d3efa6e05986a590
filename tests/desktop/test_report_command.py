"""``op-desk report``: the key numbers of the desk's own café, from its register."""

import io
import json
from datetime import date, datetime

from pypdf import PdfReader

from desktop.cli import main
from desktop.services.desk import create_desk
from sync.schema import Access, Activity


def make_desk(data_dir):
    """A Rho desk with two accesses in March, one in April, and a Lainate event it received."""
    register = create_desk(data_dir, "rho")
    with register.writing() as session:
        session.add_all([
            Access(occurred_at=datetime(2026, 3, 1, 9, 0), themes="lavoro"),
            Access(occurred_at=datetime(2026, 3, 31, 23, 59), themes=""),
            Access(occurred_at=datetime(2026, 4, 1, 0, 0), themes=""),
            Activity(kind="evento", title="Festa", starts_on=date(2026, 3, 5), head_count=50,
                     site="lainate"),
            Activity(kind="evento", title="Cena", starts_on=date(2026, 3, 6), head_count=30),
        ])
    register.close()


def test_the_desk_reports_its_own_cafe_as_json(data_dir, capsys):
    make_desk(data_dir)
    status = main(["--data-dir", str(data_dir), "report", "--from", "2026-03-01",
                   "--to", "2026-03-31"])
    shape = json.loads(capsys.readouterr().out)
    assert status == 0
    assert shape["sites"] == ["rho"] and list(shape["by_site"]) == ["rho"]
    assert shape["indicators"]["accesses"] == 2
    assert (shape["indicators"]["events"], shape["indicators"]["event_participants"]) == (1, 30)


def test_the_desk_writes_a_pdf_to_the_named_file(data_dir, tmp_path, capsys):
    make_desk(data_dir)
    out = tmp_path / "marzo.pdf"
    status = main(["--data-dir", str(data_dir), "report", "--from", "2026-03-01",
                   "--to", "2026-03-31", "--format", "pdf", "--out", str(out)])
    assert status == 0
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "I numeri chiave" in text and "OP Cafè Rho" in text


def test_the_desk_drills_down_to_the_rows_behind_a_number(data_dir, capsys):
    make_desk(data_dir)
    main(["--data-dir", str(data_dir), "report", "--from", "2026-03-01", "--to", "2026-03-31",
          "--drill", "accesses"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "table,id,date,site,detail"
    assert [line.split(",")[2] for line in lines[1:]] == ["2026-03-01 09:00", "2026-03-31 23:59"]


def test_a_bad_date_is_one_sentence_and_a_non_zero_exit(data_dir, capsys):
    make_desk(data_dir)
    status = main(["--data-dir", str(data_dir), "report", "--from", "2026-02-30",
                   "--to", "2026-03-31"])
    error = capsys.readouterr().err.strip()
    assert status != 0
    assert error == ("--from '2026-02-30' is not a date: write it as YYYY-MM-DD, "
                     "for example 2026-01-31.")


def test_a_missing_register_says_what_to_do(tmp_path, capsys):
    status = main(["--data-dir", str(tmp_path / "none"), "report", "--from", "2026-03-01",
                   "--to", "2026-03-31"])
    assert status != 0 and "op-desk init" in capsys.readouterr().err
