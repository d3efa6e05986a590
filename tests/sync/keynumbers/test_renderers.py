"""JSON, CSV and PDF say the same numbers, in the contract's shapes."""

import csv
import io
import json
import re
from datetime import date, datetime

from pypdf import PdfReader

from sync.keynumbers import INDICATOR_IDS, ChartData, KeyNumbers
from sync.keynumbers.definitions import INDICATORS
from sync.keynumbers.render_csv import render_csv
from sync.keynumbers.render_json import render_json
from sync.keynumbers.render_pdf import render_pdf

SITES = ("lainate", "pregnana", "rho", "settimo")


def sample(charts: bool = True) -> KeyNumbers:
    """Distinct values everywhere, so a value found in the PDF can only be that indicator's."""
    totals = {indicator: 1000 + 37 * index for index, indicator in enumerate(INDICATOR_IDS)}
    totals["family_requests_satisfied_pct"] = 35
    by_site = {site: {indicator: 10 * number + index
                      for index, indicator in enumerate(INDICATOR_IDS)}
               for number, site in enumerate(SITES, start=1)}
    chart_data = ChartData(
        accesses_by_month={site: {"2025-01": 10, "2025-02": 12, "2026-03": 7} for site in SITES},
        access_themes={"lavoro": 40, "risparmio": 12, "casa": 9},
        request_states={"famiglia": {"aperta": 3, "soddisfatta": 5}, "casa": {"ritirata": 1}})
    return KeyNumbers(start=date(2025, 1, 1), end=date(2026, 3, 31), sites=SITES,
                      indicators=totals, by_site=by_site,
                      generated_at=datetime(2026, 4, 2, 10, 15),
                      charts=chart_data if charts else None)


def test_json_has_the_contract_shape():
    shape = json.loads(render_json(sample()))
    assert shape["from"] == "2025-01-01" and shape["to"] == "2026-03-31"
    assert shape["sites"] == list(SITES)
    assert list(shape["indicators"]) == list(INDICATOR_IDS)
    assert shape["by_site"]["rho"]["accesses"] == 30
    assert shape["definitions_version"]
    assert KeyNumbers.from_dict(shape) == sample()


def test_csv_has_one_row_per_indicator_with_a_column_per_site():
    rows = list(csv.DictReader(io.StringIO(render_csv(sample()))))
    assert list(rows[0]) == ["id", "label_it", "total", *SITES]
    assert [row["id"] for row in rows] == list(INDICATOR_IDS)
    assert rows[0]["label_it"] == "accessi agli #OP Cafè per consulenze"
    assert (rows[0]["total"], rows[0]["settimo"]) == ("1000", "40")


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_pdf_shows_every_indicator_caption_and_value_with_accents():
    content = render_pdf(sample())
    text = pdf_text(content)
    assert "I numeri chiave" in text and "dal 1 gennaio 2025 al 31 marzo 2026" in text
    for indicator in INDICATORS:
        assert indicator.label_it in text, indicator.id
        value = sample().indicators[indicator.id]
        shown = f"{value}%" if indicator.percent else f"{value:,}".replace(",", ".")
        assert shown in text, indicator.id
    assert "laboratori di comunità" in text and "Cafè" in text
    assert "Accessi per mese" in text and "Per caffè" in text
    assert "Prodotto il" in text and "2 aprile 2026" in text


def test_the_pdf_embeds_its_text_fonts():
    reader = PdfReader(io.BytesIO(render_pdf(sample())))
    embedded = set()
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(font["/BaseFont"].split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded


def test_the_pdf_without_chart_data_still_has_the_numbers_and_definitions():
    text = pdf_text(render_pdf(sample(charts=False)))
    assert "Accessi per mese" not in text
    assert "Come sono calcolati questi numeri" in text
