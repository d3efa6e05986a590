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
        for item in page.items:
            _draw(canvas, item, page.height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw(canvas: Canvas, item, height: float) -> None:
    """Draw one instruction; the layout measures from the top, PDF from the bottom."""
    if isinstance(item, Text):
        canvas.setFillColor(HexColor(item.color))
        canvas.setFont(PDF_FONT_NAMES[item.style], item.size)
        canvas.drawString(item.x, height - item.y, item.text)
    elif isinstance(item, Box):
        if item.fill:
            canvas.setFillColor(HexColor(item.fill))
        if item.stroke:
            canvas.setStrokeColor(HexColor(item.stroke))
            canvas.setLineWidth(item.line_width)
        bottom = height - item.y - item.height
        arguments = (item.x, bottom, item.width, item.height)
        paint = {"fill": int(bool(item.fill)), "stroke": int(bool(item.stroke))}
        if item.radius:
            canvas.roundRect(*arguments, item.radius, **paint)
        else:
            canvas.rect(*arguments, **paint)
    elif isinstance(item, Rule):
        canvas.setStrokeColor(HexColor(item.color))
        canvas.setLineWidth(item.width)
        canvas.line(item.x1, height - item.y1, item.x2, height - item.y2)
