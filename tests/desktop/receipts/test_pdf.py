"""The receipt PDF, read back: what it must say on every paper, and what it must never say."""

from dataclasses import replace
from datetime import datetime

import pytest
from reportlab.lib.units import mm

from desktop.receipts.content import ReceiptContent, prepare_receipt
from desktop.receipts.fonts import text_width
from desktop.receipts.layout import PAPERS, layout_receipt
from desktop.receipts.notice import ART_13_ELEMENTS, current_notice, parse_notice
from desktop.receipts.pdf import pages_pdf, receipt_pdf
from sync.errors import InvalidInput
from tests.desktop.receipts.conftest import SECRET_NOTE, TAX_CODE, new_access
from tests.desktop.receipts.pdf_text import flat, pdf_pages, pdf_text

PAPER_CODES = tuple(PAPERS)


@pytest.mark.parametrize("paper", PAPER_CODES)
@pytest.mark.parametrize("language", ["it", "en"])
def test_receipt_states_number_site_person_themes_and_every_art_13_element(
        register, access, paper, language):
    content = prepare_receipt(register, access.id)
    text = pdf_text(receipt_pdf(content, paper, language))
    assert content.number in text and content.number.startswith("RHO-")
    assert "OP Cafè Rho" in text
    assert "Niccolò Mazzà" in text
    themes = {"it": "Lavoro, Debito", "en": "Work, Debt"}[language]
    assert themes in text
    assert "Giulia" in text and "Bassi" not in text  # the volunteer's first name only
    assert "19/03/2026" in text and "12/03/2026" in text
    notice = current_notice(language)
    for section in notice.body:
        assert flat(section.heading) in text
        for paragraph in section.paragraphs:
            assert flat(paragraph) in text, f"{section.key} not printed in full"
    assert flat(notice.section("consent").paragraphs[0]) in text
    assert notice.section("signature").heading in text
    assert "Garante" in text
    assert notice.version in text


@pytest.mark.parametrize("paper", PAPER_CODES)
def test_receipt_never_prints_notes_consultations_or_the_tax_code(register, access, paper):
    text = pdf_text(receipt_pdf(prepare_receipt(register, access.id), paper))
    assert SECRET_NOTE not in text
    assert "finanziaria" not in text and "malata" not in text
    assert TAX_CODE not in text
    assert "Cura" not in text  # the consultation's theme stays off the receipt


def test_receipt_content_carries_no_sensitive_field():
    assert not {"notes", "tax_code", "consultations"} & set(ReceiptContent.__dataclass_fields__)


def test_roll_is_80_mm_wide_and_as_long_as_its_content(register, access):
    page, = pdf_pages(receipt_pdf(prepare_receipt(register, access.id), "80mm"))
    assert float(page.mediabox.width) == pytest.approx(80 * mm, abs=0.01)
    height = float(page.mediabox.height)
    assert 120 * mm < height < 400 * mm


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("a5", (419.53, 595.28))])
def test_sheet_receipts_fit_one_page_of_their_size(register, access, paper, size):
    pages = pdf_pages(receipt_pdf(prepare_receipt(register, access.id), paper))
    assert len(pages) == 1
    box = pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


def test_anonymous_access_says_so_and_names_nobody(register):
    content = prepare_receipt(register, new_access(register))
    assert "accesso anonimo" in pdf_text(receipt_pdf(content, "a5", "it"))
    assert "anonymous visit" in pdf_text(receipt_pdf(content, "a5", "en"))


def test_duplicate_is_marked_in_both_languages(register, access):
    original = prepare_receipt(register, access.id)
    assert "COPIA" not in pdf_text(receipt_pdf(original, "a4", "it"))
    assert "COPIA" in pdf_text(receipt_pdf(original.as_duplicate(), "a4", "it"))
    assert "DUPLICATE" in pdf_text(receipt_pdf(original.as_duplicate(), "80mm", "en"))


def test_fonts_are_embedded_and_accents_and_euro_come_back_intact(register, access):
    base = current_notice("it")
    source = "version: test-€\ntitle: Perché costa 0,00 €\n" + "\n".join(
        f"== {s.key}: {s.heading}\n" + "\n\n".join(s.paragraphs) for s in base.sections)
    notice = parse_notice(source, "it", "test")
    content = prepare_receipt(register, access.id)
    document = pages_pdf(layout_receipt(content, notice, PAPERS["80mm"], "it"), "t")
    assert "Perché costa 0,00 €" in pdf_text(document)
    fonts = pdf_pages(document)[0]["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        assert "/FontFile2" in font.get_object()["/FontDescriptor"]  # TrueType, embedded


def test_a_long_notice_shrinks_to_stay_on_one_a5_page(register, access):
    base = current_notice("it")
    longer = replace(base, sections=tuple(
        replace(s, paragraphs=s.paragraphs * 2) if s.key in ART_13_ELEMENTS else s
        for s in base.sections))
    content = prepare_receipt(register, access.id)
    assert len(layout_receipt(content, longer, PAPERS["a5"], "it")) == 1


def test_unknown_paper_is_refused_in_a_sentence(register, access):
    with pytest.raises(InvalidInput, match="a4, a5, 80mm"):
        receipt_pdf(prepare_receipt(register, access.id), "letter")


def test_long_names_wrap_inside_the_roll(register, access):
    content = replace(prepare_receipt(register, access.id),
                      person_name="Maria Addolorata Giuseppina Esposito-Bianchi De Santis",
                      occurred_at=datetime(2026, 12, 31, 23, 59))
    page, = layout_receipt(content, current_notice("it"), PAPERS["80mm"], "it")
    texts = [item for item in page.items if hasattr(item, "text")]
    for item in texts:
        assert item.x + text_width(item.text, item.style, item.size) <= page.width - 4 * mm + 0.5
