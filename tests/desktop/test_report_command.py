"""``op-desk report``: the key numbers of the desk's own café, from its register."""

import csv
import io
import json
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from pypdf import PdfReader

from desktop.cli import main
from desktop.legacy.importing import import_folder
from desktop.services.desk import create_desk
from sync.schema import Access, Activity
from tests.datagen import write_legacy_folder


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


def counted_by_hand(folder, first: date, last: date) -> dict[str, int]:
    """The key numbers of a legacy folder, counted straight from its CSV files."""
    def rows(name):
        with (folder / name).open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))

    def inside(text: str) -> bool:
        return first <= date.fromisoformat(text[:10]) <= last

    def overlaps(home) -> bool:
        start, end = home["disponibile_dal"], home["disponibile_al"]
        return (not start or date.fromisoformat(start) <= last) \
            and (not end or date.fromisoformat(end) >= first)

    activities = {row["rif"]: row for row in rows("attivita.csv") if inside(row["data_inizio"])}
    enrolments = [row for row in rows("partecipazioni.csv") if row["rif_attivita"] in activities]

    def people(kind, hired=False):
        return len({row["rif_persona"] for row in enrolments
                    if activities[row["rif_attivita"]]["tipo"] == kind
                    and (not hired or row["esito"] == "assunto")})

    def held(kind):
        return sum(row["tipo"] == kind for row in activities.values())

    def heads(kind, unnamed_only=False):
        named = {row["rif_attivita"] for row in enrolments}
        return sum(int(row["partecipanti"] or 0) for rif, row in activities.items()
                   if row["tipo"] == kind and not (unnamed_only and rif in named))

    consultations = [row["tema"] for row in rows("consulenze.csv") if inside(row["data_ora"])]
    requests = [row for row in rows("richieste.csv") if inside(row["data_apertura"])]
    family = [row for row in requests if row["tipo"] == "famiglia"]
    satisfied = sum(row["stato"] == "soddisfatta" for row in family)
    return {
        "accesses": sum(inside(row["data_ora"]) for row in rows("accessi.csv")),
        "work_consultations": consultations.count("lavoro"),
        "orientation_group_participants": people("gruppo_orientamento"),
        "training_participants": people("formazione_borsa_lavoro"),
        "training_hired": people("formazione_borsa_lavoro", hired=True),
        "family_requests": len(family),
        "family_requests_satisfied_pct": int(Decimal(100 * satisfied / len(family))
                                             .quantize(Decimal(1), ROUND_HALF_UP)),
        "savings_consultations": consultations.count("risparmio"),
        "financial_education_participants": people("educazione_finanziaria")
        + heads("educazione_finanziaria", unnamed_only=True),
        "school_students": heads("scuola"),
        "housing_requests": sum(row["tipo"] == "casa" for row in requests),
        "housing_units": sum(overlaps(home) for home in rows("alloggi.csv")),
        "housing_guests": sum(int(row["ospiti"]) for row in rows("ospitalita.csv")
                              if inside(row["dal"])),
        "events": held("evento"), "event_participants": heads("evento"),
        "sociality_labs": held("laboratorio_socialita"),
        "sociality_lab_participants": heads("laboratorio_socialita"),
        "community_labs": held("laboratorio_comunita"),
        "community_lab_users": heads("laboratorio_comunita"),
    }


def test_an_imported_legacy_folder_reports_what_its_csv_files_count(data_dir, tmp_path,
                                                                   capsys):
    folder = tmp_path / "legacy"
    write_legacy_folder(folder, people=120, accesses=800, site="rho", activities=60,
                        requests=80, homes=12)
    register = create_desk(data_dir, "rho")
    import_folder(register, folder)
    register.close()
    assert main(["--data-dir", str(data_dir), "report", "--from", "2024-03-01",
                 "--to", "2024-08-31"]) == 0
    reported = json.loads(capsys.readouterr().out)["indicators"]
    expected = counted_by_hand(folder, date(2024, 3, 1), date(2024, 8, 31))
    assert reported == expected
    assert all(expected[key] > 0 for key in ("accesses", "training_hired", "housing_units"))
