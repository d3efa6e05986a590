"""Frozen reports reprint the figures as they were, and refuse altered ones."""

import json

import pytest
from sqlalchemy import update

from sync.errors import NotFound
from sync.keynumbers.freeze import FrozenReportAltered, freeze, list_frozen, load_frozen
from sync.keynumbers.render_csv import render_csv
from sync.keynumbers.render_json import render_json
from sync.keynumbers.render_pdf import render_pdf
from sync.schema import FrozenReport


def test_a_frozen_report_reprints_identically_after_more_rows_arrive(build, store):
    build.access("2026-03-10T10:00", themes="lavoro", site="rho")
    report_id, original = freeze(store, "2026-03-01", "2026-03-31", note="Cariplo Q1")
    build.access("2026-03-11T10:00", site="rho")
    build.request("famiglia", "2026-03-11", site="lainate")
    reprinted = load_frozen(store, report_id)
    assert render_json(reprinted) == render_json(original)
    assert render_csv(reprinted) == render_csv(original)
    assert reprinted.indicators["accesses"] == 1
    assert reprinted.charts.access_themes == {"lavoro": 1}
    assert b"%PDF" in render_pdf(reprinted)[:8]


def test_frozen_reports_are_listed_with_period_sites_and_note(build, store):
    first, _ = freeze(store, "2026-01-01", "2026-03-31", sites=["rho"], note="primo trimestre")
    second, _ = freeze(store, "2026-04-01", "2026-06-30")
    listed = {summary.id: summary for summary in list_frozen(store)}
    assert set(listed) == {first, second}
    assert listed[first].sites == ("rho",) and listed[first].note == "primo trimestre"
    assert str(listed[second].period_to) == "2026-06-30"


def test_a_tampered_frozen_report_is_refused(build, store):
    build.access("2026-03-10T10:00", site="rho")
    report_id, numbers = freeze(store, "2026-03-01", "2026-03-31")
    forged = numbers.as_dict()
    forged["indicators"]["accesses"] = 5000
    with store.begin() as connection:
        connection.execute(update(FrozenReport.__table__)
                           .where(FrozenReport.__table__.c.id == report_id)
                           .values(payload=json.dumps(forged)))
    with pytest.raises(FrozenReportAltered, match="altered"):
        load_frozen(store, report_id)


def test_an_unknown_frozen_report_is_not_found(store):
    with pytest.raises(NotFound, match="--list-frozen"):
        load_frozen(store, "nope")
