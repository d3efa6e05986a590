"""The receipt dialog, driven for real: preview, print through QPrinter, save, failures."""

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from reportlab.lib.units import mm

from desktop.ui.context import DeskContext
from desktop.ui.receipts import ReceiptDialog
from desktop.ui.receipts import dialog as receipt_dialog
from desktop.ui.receipts.dialog import PREVIEW_DPI
from desktop.ui.settings import DeskSettings
from sync.paths import resources_dir
from sync.schema import Receipt
from tests.desktop.receipts.pdf_text import pdf_pages, pdf_text


@pytest.fixture
def context(register, qtbot):
    desk = DeskContext(register, "it")
    yield desk
    desk.runner.wait_for_done()


@pytest.fixture
def dialog(context, access, qtbot):
    shown = ReceiptDialog(context, access.id)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.print_button.isEnabled(), timeout=10_000)
    return shown


def pdf_printer(path) -> QPrinter:
    """A real QPrinter whose 'paper' is a PDF file, as CI has no printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def copies(register) -> int:
    with register.reading() as session:
        return session.query(Receipt).one().copies


def test_preview_shows_the_numbered_receipt_at_the_paper_size(dialog, register, qtbot):
    assert "RHO-" in dialog.status.text() and "ready to print" in dialog.status.text()
    assert dialog.preview.pixmap().width() == round(595.28 * PREVIEW_DPI / 72)
    dialog.paper.setCurrentIndex(dialog.paper.findData("80mm"))
    qtbot.waitUntil(lambda: dialog.preview.pixmap().width() == round(80 * mm * PREVIEW_DPI / 72),
                    timeout=10_000)
    assert DeskSettings(register.path.parent).receipt_paper == "80mm"
    assert not (register.path.parent / "receipt-printer.ini").exists()
    assert copies(register) == 0  # a preview hands nothing out


def test_the_dialog_starts_on_the_paper_and_printer_of_the_desk_settings(
        context, access, register, qtbot, monkeypatch):
    settings = DeskSettings(register.path.parent)
    settings.receipt_paper, settings.printer_name = "a5", "Sala ricevute"
    looked_up = []
    monkeypatch.setattr(receipt_dialog, "chosen_printer",
                        lambda name: looked_up.append(name))
    shown = ReceiptDialog(context, access.id)
    qtbot.addWidget(shown)
    assert shown.paper_code() == "a5"
    qtbot.waitUntil(lambda: shown.print_button.isEnabled(), timeout=10_000)
    monkeypatch.setattr(shown, "_ask_printer", lambda: None)
    shown.print_receipt()
    assert looked_up == ["Sala ricevute"]


def test_print_goes_through_qprinter_counts_one_copy_and_then_offers_a_duplicate(
        dialog, register, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"
    dialog.paper.setCurrentIndex(dialog.paper.findData("80mm"))
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=10_000)
    monkeypatch.setattr(dialog, "_remembered_printer", lambda: pdf_printer(out))
    dialog.print_receipt()
    qtbot.waitUntil(lambda: "sent to the printer" in dialog.status.text(), timeout=10_000)
    page, = pdf_pages(out.read_bytes())
    assert float(page.mediabox.width) == pytest.approx(80 * mm, abs=1)
    text = pdf_text(out.read_bytes())
    assert "Niccolò" in text and "Ricevuta di accesso" in text
    assert copies(register) == 1
    assert dialog._content.duplicate
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=10_000)
    dialog.print_receipt()
    qtbot.waitUntil(lambda: copies(register) == 2, timeout=10_000)
    assert "COPIA" in pdf_text(out.read_bytes())


def test_a_printer_failure_is_said_plainly_and_the_receipt_can_be_printed_again(
        dialog, register, qtbot, tmp_path, monkeypatch):
    broken = pdf_printer(tmp_path / "no-such-folder" / "out.pdf")
    monkeypatch.setattr(dialog, "_remembered_printer", lambda: broken)
    dialog.print_receipt()
    qtbot.waitUntil(lambda: "did not take the receipt" in dialog.status.text(), timeout=10_000)
    assert dialog.print_button.isEnabled()
    assert copies(register) == 0
    assert not dialog._content.duplicate
    good = tmp_path / "second-try.pdf"
    monkeypatch.setattr(dialog, "_remembered_printer", lambda: pdf_printer(good))
    dialog.print_receipt()
    qtbot.waitUntil(lambda: copies(register) == 1, timeout=10_000)
    assert "COPIA" not in pdf_text(good.read_bytes())


def test_save_pdf_writes_the_receipt_and_counts_the_copy(dialog, register, qtbot, tmp_path,
                                                         monkeypatch):
    target = tmp_path / "ricevuta.pdf"
    monkeypatch.setattr(dialog, "_ask_pdf_path", lambda suggested: target)
    dialog.save_pdf()
    qtbot.waitUntil(lambda: "saved in" in dialog.status.text(), timeout=10_000)
    assert dialog._content.number in pdf_text(target.read_bytes())
    assert copies(register) == 1


def test_ctrl_p_before_the_receipt_is_ready_prints_once_it_is(context, access, register,
                                                             qtbot, tmp_path, monkeypatch):
    out = tmp_path / "early.pdf"
    monkeypatch.setattr(ReceiptDialog, "_remembered_printer", lambda self: pdf_printer(out))
    early = ReceiptDialog(context, access.id)
    qtbot.addWidget(early)
    early.print_receipt()
    qtbot.waitUntil(lambda: copies(register) == 1 if out.exists() else False, timeout=10_000)


def test_an_unknown_access_is_explained_without_a_traceback(context, qtbot):
    shown = ReceiptDialog(context, "missing-access")
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.status.property("error") is True, timeout=10_000)
    assert "no longer exists" in shown.status.text()
    assert not shown.print_button.isEnabled()


def test_italian_catalogue_translates_the_dialog(context, access, qtbot):
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "receipts_it.qm"))
    QApplication.instance().installTranslator(translator)
    try:
        shown = ReceiptDialog(context, access.id)
        qtbot.addWidget(shown)
        assert shown.windowTitle() == "Ricevuta di accesso"
        assert shown.print_button.text() == "&Stampa (Ctrl+P)"
        qtbot.waitUntil(lambda: "pronta da stampare" in shown.status.text(), timeout=10_000)
    finally:
        QApplication.instance().removeTranslator(translator)
