"""The receipt dialog: a preview, then print (Ctrl+P) or save as PDF (Ctrl+S).

Everything slow (numbering, layout, the preview image, printing, writing the PDF) runs on the
context's runner, so the window never freezes. A copy is counted only once the printer or
the file took it; after that the preview shows what the next print would be: a duplicate.
A failed print is said in plain words and the receipt stays ready to print again.
"""

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.receipts.content import ReceiptContent, prepare_receipt, record_copy
from desktop.receipts.delivery import save_receipt_pdf
from desktop.receipts.layout import PAPERS, layout_receipt
from desktop.receipts.notice import current_notice
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.receipts.painting import load_receipt_fonts, page_image
from desktop.ui.receipts.printing import PrinterRefused, chosen_printer, print_pages
from desktop.ui.settings import DeskSettings

PREVIEW_DPI = 96


class ReceiptDialog(QDialog):
    def __init__(self, context: DeskContext, access_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self._access_id = access_id
        self._settings = DeskSettings(context.register.path.parent)
        self._content: ReceiptContent | None = None
        self._printer: QPrinter | None = None
        self._print_when_ready = False
        self._closed = False
        load_receipt_fonts()
        self._build()
        self._set_busy(True, self.tr("Preparing the receipt…"))
        context.runner.submit(self._prepare, self._prepared, self._failed)

    # -- widgets -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Intake receipt"))
        self.paper = QComboBox()
        for code, text in (("a4", self.tr("A4 sheet")), ("a5", self.tr("A5 sheet")),
                           ("80mm", self.tr("80 mm receipt roll"))):
            self.paper.addItem(text, code)
        self.paper.setCurrentIndex(max(0, self.paper.findData(self._settings.receipt_paper)))
        self.paper.currentIndexChanged.connect(self._paper_changed)
        paper_label = QLabel(self.tr("Pape&r:"))
        paper_label.setBuddy(self.paper)

        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Receipt preview"))
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.preview)
        scroll.setMinimumSize(520, 480)

        self.status = QLabel(wordWrap=True)
        self.print_button = QPushButton(self.tr("&Print (Ctrl+P)"))
        self.print_button.setDefault(True)
        self.choose_button = QPushButton(self.tr("C&hoose printer…"))
        self.save_button = QPushButton(self.tr("&Save PDF… (Ctrl+S)"))
        close_button = QPushButton(self.tr("Close (Esc)"))
        self.print_button.clicked.connect(self.print_receipt)
        self.choose_button.clicked.connect(lambda: self.print_receipt(choose=True))
        self.save_button.clicked.connect(self.save_pdf)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_receipt)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

        top = QHBoxLayout()
        top.addWidget(paper_label)
        top.addWidget(self.paper)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.choose_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def paper_code(self) -> str:
        return self.paper.currentData()

    def _set_busy(self, busy: bool, message: str) -> None:
        for button in (self.print_button, self.choose_button, self.save_button):
            button.setEnabled(not busy)
        self.paper.setEnabled(not busy)
        self.status.setProperty("error", False)
        self.status.setText(message)

    def done(self, result: int) -> None:
        self._closed = True  # late results from the runner are dropped, never shown
        super().done(result)

    # -- preparing and previewing -----------------------------------------------------------

    def _prepare(self) -> ReceiptContent:
        return prepare_receipt(self._context.register, self._access_id,
                               self._context.account_id)

    def _prepared(self, content: ReceiptContent) -> None:
        if self._closed:
            return
        self._content = content
        self._show_preview()

    def _paper_changed(self) -> None:
        self._remember(paper=self.paper_code())
        if self._content is not None:
            self._show_preview()

    def _pages(self, content: ReceiptContent, paper: str):
        language = self._context.language
        return layout_receipt(content, current_notice(language), PAPERS[paper], language)

    def _show_preview(self, message: str | None = None) -> None:
        """Render the preview; ``message`` (else what the next print will be) follows."""
        content, paper = self._content, self.paper_code()
        if message is None:
            message = (self.tr("Receipt {number}: printing it again gives a duplicate.")
                       if content.duplicate else self.tr("Receipt {number}, ready to print."))
            message = message.format(number=content.number)
        self._set_busy(True, self.tr("Preparing the preview…"))
        self._context.runner.submit(
            lambda: page_image(self._pages(content, paper)[0], PREVIEW_DPI),
            lambda image: self._previewed(image, message), self._failed)

    def _previewed(self, image, message: str) -> None:
        if self._closed:
            return
        self.preview.setPixmap(QPixmap.fromImage(image))
        self._set_busy(False, message)
        if self._print_when_ready:  # Ctrl+P came before the receipt was ready
            self._print_when_ready = False
            self.print_receipt()

    # -- printing and saving ---------------------------------------------------------------

    def print_receipt(self, choose: bool = False) -> None:
        """Print on the desk's printer (asking which one when it has none, or it is gone)."""
        if self._content is None:
            self._print_when_ready = True
            return
        if not self.print_button.isEnabled():
            return
        printer = None if choose else self._remembered_printer()
        printer = printer or self._ask_printer()
        if printer is None:
            return
        self._printer = printer
        self._remember(printer_name=printer.printerName(), paper=self.paper_code())
        content, paper = self._content, self.paper_code()
        title = self.tr("Receipt {number}").format(number=content.number)
        self._set_busy(True, self.tr("Printing receipt {number}…").format(
            number=content.number))

        def work() -> None:
            print_pages(printer, self._pages(content, paper), title)
            record_copy(self._context.register, content.receipt_id, self._context.account_id)

        done = self.tr("Receipt {number} sent to the printer.").format(number=content.number)
        self._context.runner.submit(work, lambda _: self._handed_out(done), self._failed)

    def _remembered_printer(self) -> QPrinter | None:
        return chosen_printer(self._settings.printer_name)

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self._settings.printer_name:
            printer.setPrinterName(self._settings.printer_name)
        chooser = QPrintDialog(printer, self)
        return printer if chooser.exec() == QDialog.DialogCode.Accepted else None

    def save_pdf(self) -> None:
        if self._content is None or not self.save_button.isEnabled():
            return
        path = self._ask_pdf_path(f"{self._content.number}.pdf")
        if path is None:
            return
        content, paper, language = self._content, self.paper_code(), self._context.language
        self._set_busy(True, self.tr("Saving receipt {number}…").format(number=content.number))
        done = self.tr("Receipt {number} saved in {path}.").format(number=content.number,
                                                                   path=path)
        self._context.runner.submit(
            lambda: save_receipt_pdf(self._context.register, content, paper, language, path,
                                     self._context.account_id),
            lambda _: self._handed_out(done), self._failed)

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt as PDF"),
                                                str(Path(folder) / suggested),
                                                self.tr("PDF documents (*.pdf)"))
        return Path(chosen) if chosen else None

    def _remember(self, printer_name: str | None = None, paper: str | None = None) -> None:
        """Keep the desk's choice in its settings, where the settings dialog shows it."""
        if printer_name is not None:
            self._settings.printer_name = printer_name
        if paper is not None:
            self._settings.receipt_paper = paper
        self._settings.sync()

    def _handed_out(self, message: str) -> None:
        """A copy is out: from now on this receipt prints as a duplicate."""
        if self._closed:
            return
        self._content = self._content.as_duplicate()
        self._show_preview(message)

    def _failed(self, error: BaseException) -> None:
        if self._closed:
            return
        if isinstance(error, PrinterRefused):
            sentence = self.tr("The printer did not take the receipt: check that it is on, "
                               "connected and has paper, then press Print again.")
        else:
            sentence = explain(error)
        self._set_busy(False, sentence)
        self.status.setProperty("error", True)
        self.print_button.setEnabled(self._content is not None)
        self.save_button.setEnabled(self._content is not None)
        self.choose_button.setEnabled(self._content is not None)
