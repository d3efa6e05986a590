"""The receipt as a PDF, with its fonts embedded (subset), ready to print or to keep."""

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from desktop.receipts.content import ReceiptContent
from desktop.receipts.fonts import PDF_FONT_NAMES, register_pdf_fonts
from desktop.receipts.labels import label
from desktop.receipts.layout import PAPERS, Paper, layout_receipt
from desktop.receipts.notice import current_notice
from desktop.receipts.page import Box, Page, Rule, Text
from sync.errors import InvalidInput


def paper_named(code: str) -> Paper:
    paper = PAPERS.get(code.strip().lower())
    if paper is None:
        raise InvalidInput(f"Unknown paper '{code}': choose one of {', '.join(PAPERS)}.")
    return paper


def receipt_pdf(content: ReceiptContent, paper: str = "a4", language: str = "it") -> bytes:
    """The PDF of one receipt on ``paper`` (``a4``, ``a5`` or ``80mm``)."""
    pages = layout_receipt(content, current_notice(language), paper_named(paper), language)
    title = f"{label('title', language)} {content.number}"
    return pages_pdf(pages, title)


def pages_pdf(pages: list[Page], title: str) -> bytes:
    register_pdf_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(pages[0].width, pages[0].height), pageCompression=1,
                    initialFontName=PDF_FONT_NAMES["regular"])  # no stray Helvetica
    canvas.setTitle(title)
    canvas.setCreator("OP Desk")
    for page in pages:
        canvas.setPageSize((page.width, page.height))
        pen = _Pen(canvas)
        for item in page.items:
            _draw(canvas, pen, item, page.height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _Pen:
    """Sets colours, fonts and line widths only when they change: the QR code alone is a
    hundred boxes of one colour, and every repeated setting is PDF text to write and read."""

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._state: dict[str, object] = {}

    def set(self, what: str, value) -> None:
        if self._state.get(what) != value:
            self._state[what] = value
            if what == "fill":
                self._canvas.setFillColor(HexColor(value))
            elif what == "stroke":
                self._canvas.setStrokeColor(HexColor(value))
            elif what == "width":
                self._canvas.setLineWidth(value)
            else:
                self._canvas.setFont(*value)


def _draw(canvas: Canvas, pen: _Pen, item, height: float) -> None:
    """Draw one instruction; the layout measures from the top, PDF from the bottom."""
    if isinstance(item, Text):
        pen.set("fill", item.color)
        pen.set("font", (PDF_FONT_NAMES[item.style], item.size))
        canvas.drawString(item.x, height - item.y, item.text)
    elif isinstance(item, Box):
        if item.fill:
            pen.set("fill", item.fill)
        if item.stroke:
            pen.set("stroke", item.stroke)
            pen.set("width", item.line_width)
        bottom = height - item.y - item.height
        arguments = (item.x, bottom, item.width, item.height)
        paint = {"fill": int(bool(item.fill)), "stroke": int(bool(item.stroke))}
        if item.radius:
            canvas.roundRect(*arguments, item.radius, **paint)
        else:
            canvas.rect(*arguments, **paint)
    elif isinstance(item, Rule):
        pen.set("stroke", item.color)
        pen.set("width", item.width)
        canvas.line(item.x1, height - item.y1, item.x2, height - item.y2)
