"""``op-sync report``: the office's key numbers, frozen reports and drill-down from the CLI."""

import json

from sqlalchemy import update

from sync.cli import main
from sync.database import create_store_engine, sqlite_url
from sync.schema import FrozenReport
from tests.sync.keynumbers.builder import StoreBuilder

PERIOD = ["--from", "2026-03-01", "--to", "2026-03-31"]


def office(tmp_path):
    path = tmp_path / "central.sqlite3"
    url = sqlite_url(path)
    return url, lambda *argv: main(["--db", url, "report", *argv])


def test_the_office_report_covers_every_site_and_can_be_narrowed(tmp_path, capsys):
    url, report = office(tmp_path)
    assert report(*PERIOD) == 0  # creates and migrates the store
    capsys.readouterr()
    build = StoreBuilder(create_store_engine(url, durable=False))
    build.access("2026-03-02T10:00", site="rho")
    build.access("2026-03-02T10:00", site="settimo")
    report(*PERIOD)
    everything = json.loads(capsys.readouterr().out)
    report(*PERIOD, "--site", "settimo")
    settimo = json.loads(capsys.readouterr().out)
    assert everything["indicators"]["accesses"] == 2
    assert everything["sites"] == ["lainate", "pregnana", "rho", "settimo"]
    assert (settimo["sites"], settimo["indicators"]["accesses"]) == (["settimo"], 1)


def test_freeze_list_and_reprint_the_same_figures_after_new_rows(tmp_path, capsys):
    url, report = office(tmp_path)
    report(*PERIOD)
    capsys.readouterr()
    build = StoreBuilder(create_store_engine(url, durable=False))
    build.access("2026-03-02T10:00", site="rho")
    assert report(*PERIOD, "--freeze", "--note", "Cariplo") == 0
    captured = capsys.readouterr()
    frozen = json.loads(captured.out)
    report_id = frozen["frozen_id"]
    assert report_id in captured.err
    build.access("2026-03-03T10:00", site="rho")
    report("--list-frozen")
    listing = capsys.readouterr().out
    assert report_id in listing and "2026-03-01..2026-03-31" in listing and "Cariplo" in listing
    report("--frozen", report_id)
    reprinted = json.loads(capsys.readouterr().out)
    assert reprinted["indicators"] == frozen["indicators"]
    assert reprinted["indicators"]["accesses"] == 1
    report("--frozen", report_id, "--format", "csv")
    assert "accesses,accessi agli #OP Cafè per consulenze,1," in capsys.readouterr().out


def test_a_tampered_frozen_report_is_refused_with_a_non_zero_exit(tmp_path, capsys):
    url, report = office(tmp_path)
    report(*PERIOD, "--freeze")
    report_id = json.loads(capsys.readouterr().out)["frozen_id"]
    with create_store_engine(url).begin() as connection:
        connection.execute(update(FrozenReport.__table__).values(checksum="0" * 64))
    assert report("--frozen", report_id, "--format", "pdf", "--out",
                  str(tmp_path / "x.pdf")) != 0
    assert "altered" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_bad_input_is_one_sentence_and_a_non_zero_exit(tmp_path, capsys):
    _, report = office(tmp_path)
    for argv, words in (
        (["--from", "2026-03-31", "--to", "2026-03-01"], "swap --from and --to"),
        ([*PERIOD, "--site", "milano"], "Unknown site 'milano'"),
        (["--to", "2026-03-01"], "Give the period"),
        ([*PERIOD, "--drill", "nothing"], "Unknown indicator 'nothing'"),
    ):
        assert report(*argv) != 0
        error = capsys.readouterr().err.strip()
        assert words in error and "\n" not in error and "Traceback" not in error


def test_drill_down_prints_csv_of_the_records(tmp_path, capsys):
    url, report = office(tmp_path)
    report(*PERIOD)
    capsys.readouterr()
    StoreBuilder(create_store_engine(url, durable=False)).stay("2026-03-31", 4, site="pregnana")
    report(*PERIOD, "--drill", "housing_guests")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "table,id,date,site,detail"
    assert lines[1].startswith("stays,") and lines[1].endswith(",2026-03-31,pregnana,4")
