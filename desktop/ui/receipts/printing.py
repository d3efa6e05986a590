"""Sending receipt pages to a system printer through Qt.

Which printer and paper is the desk's choice, kept in ``DeskSettings`` (``printer_name``,
``receipt_paper``) with the rest of its settings.
"""

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.receipts.page import Page
from desktop.ui.receipts.painting import POINTS_PER_INCH, paint_page


class PrinterRefused(Exception):
    """The printer (or its driver) did not take the job; nothing was counted as printed."""


def chosen_printer(name: str) -> QPrinter | None:
    """A printer for the desk's chosen ``name``, while that printer is still installed;
    for no name (the settings' "system's default printer"), the default one if there is
    any. ``None``: ask."""
    if not name:
        default = QPrinterInfo.defaultPrinter()
        name = "" if default.isNull() else default.printerName()
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
