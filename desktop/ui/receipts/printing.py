"""Sending receipt pages to a system printer through Qt, and remembering the desk's choice."""

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSettings, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.receipts.page import Page
from desktop.ui.receipts.painting import POINTS_PER_INCH, paint_page

MEMORY_FILE = "receipt-printer.ini"


class PrinterRefused(Exception):
    """The printer (or its driver) did not take the job; nothing was counted as printed."""


class PrinterMemory:
    """This desk's printer and paper for receipts, kept in its data folder."""

    def __init__(self, data_dir: Path) -> None:
        self._store = QSettings(str(data_dir / MEMORY_FILE), QSettings.Format.IniFormat)

    @property
    def printer_name(self) -> str:
        return str(self._store.value("printer_name", ""))

    @property
    def paper(self) -> str:
        return str(self._store.value("paper", "a4"))

    def remember(self, printer_name: str | None = None, paper: str | None = None) -> None:
        if printer_name is not None:
            self._store.setValue("printer_name", printer_name)
        if paper is not None:
            self._store.setValue("paper", paper)
        self._store.sync()


def remembered_printer(memory: PrinterMemory) -> QPrinter | None:
    """A printer for the remembered name, if that printer is still installed."""
    name = memory.printer_name
    if not name or name not in QPrinterInfo.availablePrinterNames():
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    return printer


def print_pages(printer: QPrinter, pages: list[Page], title: str) -> None:
    """Print ``pages`` at their own size (the roll as long as its content).

    Raises ``PrinterRefused`` when the printer cannot be opened or the job fails."""
    printer.setDocName(title)
    printer.setFullPage(True)
    _fit_page(printer, pages[0])
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterRefused(printer.printerName())
    try:
        for index, page in enumerate(pages):
            if index:
                _fit_page(printer, page)
                printer.newPage()
            paint_page(painter, page, printer.resolution() / POINTS_PER_INCH)
    finally:
        finished = painter.end()
    if not finished or printer.printerState() == QPrinter.PrinterState.Error:
        raise PrinterRefused(printer.printerName())


def _fit_page(printer: QPrinter, page: Page) -> None:
    size = QPageSize(QSizeF(page.width, page.height), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
