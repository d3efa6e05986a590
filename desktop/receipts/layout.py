"""Where everything goes on each paper: A4, A5 and the 80 mm roll.

A4 and A5 keep the receipt on one page: when an office edits the notice longer, its type
shrinks a little (never below a readable floor) before anything moves to a second page. The
roll has no page length: it is cut where the content ends.
"""

from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from desktop.receipts.content import ReceiptContent
from desktop.receipts.fonts import text_width
from desktop.receipts.labels import label
from desktop.receipts.notice import Notice
from desktop.receipts.page import ACCENT, INK, MUTED, PAPER_WHITE, Box, Page, Rule, Text
from desktop.receipts.textflow import Run, segment_offsets, wrap_runs
from sync.vocabulary import THEMES
from sync.vocabulary import label as term_label

LEADING = 1.25
ROLL_FEED = 8 * mm
"""Blank paper after the last line, so the cutter does not cut through the signature."""


@dataclass(frozen=True)
class Paper:
    code: str
    width: float
    height: float | None
    """``None`` for a roll: the page is as long as its content."""
    margin: float
    title: float
    body: float
    notice: float
    smallest_notice: float
    label_column: float | None
    """Width of the label column; ``None`` stacks each label over its value."""
    qr: float


PAPERS = {
    "a4": Paper("a4", A4[0], A4[1], 18 * mm, title=17, body=11, notice=9,
                smallest_notice=6.5, label_column=130, qr=96),
    "a5": Paper("a5", A5[0], A5[1], 11 * mm, title=13, body=9.5, notice=7,
                smallest_notice=5.5, label_column=112, qr=74),
    "80mm": Paper("80mm", 80 * mm, None, 4 * mm, title=12, body=9, notice=7,
                  smallest_notice=7, label_column=None, qr=70),
}


def layout_receipt(content: ReceiptContent, notice: Notice, paper: Paper,
                   language: str) -> list[Page]:
    """The receipt's pages; one page whenever the notice fits at a readable size."""
    size = paper.notice
    while True:
        pages = _compose(content, notice, paper, language, size)
        if len(pages) == 1 or size <= paper.smallest_notice:
            return pages
        size -= 0.5


class _Composer:
    """A cursor running down the page, starting a new one when a line would not fit."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.left = paper.margin
        self.width = paper.width - 2 * paper.margin
        self.right = self.left + self.width
        self.pages = [Page(paper.width, paper.height or 0.0)]
        self.y = paper.margin
        self.beside_until = 0.0
        self.beside_width = 0.0

    @property
    def items(self) -> list:
        return self.pages[-1].items

    def reserve_right(self, width: float, until: float) -> None:
        """Keep a column on the right free (for the QR code) down to ``until``."""
        self.beside_width, self.beside_until = width, until

    def line_width(self) -> float:
        return self.width - (self.beside_width if self.y < self.beside_until else 0.0)

    def room(self, height: float) -> None:
        bottom = self.paper.height
        if bottom is not None and self.y + height > bottom - self.paper.margin:
            self.pages.append(Page(self.paper.width, bottom))
            self.y = self.paper.margin
            self.beside_until = 0.0

    def paragraph(self, runs: list[Run], size: float, indent: float = 0.0,
                  color: str = INK, leading: float = LEADING) -> float:
        """Set ``runs`` wrapped to the free width; returns the first line's baseline."""
        first = None
        for line in wrap_runs(runs, size, self.line_width() - indent):
            self.room(size * leading)
            baseline = self.y + size
            first = first or baseline
            for offset, text, style in segment_offsets(line, size):
                self.items.append(Text(self.left + indent + offset, baseline, text, size,
                                       style, color))
            self.y += size * leading
        return first or self.y

    def finish(self) -> list[Page]:
        if self.paper.height is None:
            self.pages[-1].height = self.y + self.paper.margin + ROLL_FEED
        return self.pages


def _compose(content: ReceiptContent, notice: Notice, paper: Paper, language: str,
             size: float) -> list[Page]:
    sheet = _Composer(paper)
    _header(sheet, content, language)
    _title(sheet, content, language)
    _details(sheet, content, language)
    _notice(sheet, notice, size)
    _consent_and_signature(sheet, notice, language, size)
    sheet.y += size * 0.8
    sheet.paragraph([(f"{content.number} · "
                      f"{label('notice_version', language, version=notice.version)}",
                      "regular")], size - 1, color=MUTED)
    return sheet.finish()


def _header(sheet: _Composer, content: ReceiptContent, language: str) -> None:
    """The project's mark (a rounded OP tile) beside the café's name."""
    paper, top = sheet.paper, sheet.y
    side = paper.title * 2.3
    sheet.items.append(Box(sheet.left, top, side, side, fill=ACCENT, radius=side * 0.22))
    mark_size = side * 0.42
    mark_width = text_width("OP", "bold", mark_size)
    sheet.items.append(Text(sheet.left + (side - mark_width) / 2,
                            top + side / 2 + mark_size * 0.36, "OP", mark_size, "bold",
                            PAPER_WHITE))
    indent = side + paper.title * 0.6
    sheet.paragraph([(content.site_name, "bold")], paper.title, indent, leading=1.15)
    sheet.paragraph([(label("project", language), "regular")], paper.body * 0.85, indent,
                    MUTED)
    sheet.y = max(sheet.y, top + side) + paper.body * 0.6
    sheet.items.append(Rule(sheet.left, sheet.y, sheet.right, sheet.y, 1.4, ACCENT))
    sheet.y += paper.body * 0.9


def _title(sheet: _Composer, content: ReceiptContent, language: str) -> None:
    size = sheet.paper.title
    top = sheet.y
    sheet.paragraph([(label("title", language), "bold")], size)
    if content.duplicate:
        word = label("duplicate", language)
        pad = size * 0.4
        width = text_width(word, "bold", size) + 2 * pad
        sheet.items.append(Box(sheet.right - width, top - pad * 0.6, width, size + 1.6 * pad,
                               stroke=INK, line_width=1.6))
        sheet.items.append(Text(sheet.right - width + pad, top + size * 0.98, word, size,
                                "bold"))
    sheet.y = top + size * 1.4 + sheet.paper.body * 0.6  # the same with or without the badge


def _details(sheet: _Composer, content: ReceiptContent, language: str) -> None:
    paper, top = sheet.paper, sheet.y
    _qr_code(sheet, content.number, sheet.right - paper.qr, top, paper.qr)
    sheet.reserve_right(paper.qr + paper.body, top + paper.qr + paper.body * 0.5)
    sheet.paragraph([(label("number", language), "regular")], paper.body * 0.85, color=MUTED)
    number_size = paper.title * 1.1
    number_size *= min(1.0, sheet.line_width() / text_width(content.number, "bold",
                                                            number_size))
    sheet.paragraph([(content.number, "bold")], number_size)  # never broken over two lines
    sheet.y += paper.body * 0.3
    for key, value in _fields(content, language):
        _field(sheet, label(key, language), value)
    sheet.y = max(sheet.y, sheet.beside_until)
    sheet.reserve_right(0.0, 0.0)


def _fields(content: ReceiptContent, language: str) -> list[tuple[str, str]]:
    themes = ", ".join(term_label(THEMES, code, language) for code in content.themes)
    fields = [
        ("when", _when(content.occurred_at, language)),
        ("person", content.person_name or label("anonymous", language)),
        ("themes", themes or label("no_themes", language)),
    ]
    if content.volunteer:
        fields.append(("volunteer", content.volunteer))
    if content.next_appointment:
        fields.append(("next", _when(content.next_appointment, language)))
    return fields


def _when(moment: datetime, language: str) -> str:
    return label("at", language, date=f"{moment:%d/%m/%Y}", time=f"{moment:%H:%M}")


def _field(sheet: _Composer, name: str, value: str) -> None:
    paper = sheet.paper
    small = paper.body * 0.85
    if paper.label_column is None:
        sheet.paragraph([(name, "regular")], small, color=MUTED, leading=1.15)
        sheet.paragraph([(value, "bold")], paper.body)
        sheet.y += paper.body * 0.25
        return
    baseline = sheet.paragraph([(value, "bold")], paper.body, indent=paper.label_column)
    sheet.items.append(Text(sheet.left, baseline, name, small, "regular", MUTED))
    sheet.y += paper.body * 0.2


def _notice(sheet: _Composer, notice: Notice, size: float) -> None:
    sheet.y += size * 0.6
    sheet.room(size * 4)
    sheet.items.append(Rule(sheet.left, sheet.y, sheet.right, sheet.y, 0.5, MUTED))
    sheet.y += size * 0.7
    sheet.paragraph([(notice.title, "bold")], size + 1, leading=1.2)
    sheet.y += size * 0.3
    for section in notice.body:
        for index, paragraph in enumerate(section.paragraphs):
            lead: list[Run] = [(f"{section.heading}.", "bold")] if index == 0 else []
            sheet.paragraph([*lead, (paragraph, "regular")], size, leading=1.22)
        sheet.y += size * 0.3


def _consent_and_signature(sheet: _Composer, notice: Notice, language: str,
                           size: float) -> None:
    """A box to tick, the consent sentence, and lines for the date and the signature."""
    text_size = size + 0.5
    sheet.y += size * 0.5
    sheet.room(text_size * 6)
    side = text_size * 1.05
    sheet.items.append(Box(sheet.left, sheet.y + text_size * 0.05, side, side, stroke=INK,
                           line_width=0.9))
    consent = " ".join(notice.section("consent").paragraphs)
    sheet.paragraph([(consent, "bold")], text_size, indent=side + text_size * 0.6)
    signature = notice.section("signature").heading
    date = label("date", language)
    if sheet.paper.label_column is None:  # narrow: one line each, full width
        rows = [[(date, 0.0, 1.0)], [(signature, 0.0, 1.0)]]
    else:
        rows = [[(date, 0.0, 0.3), (signature, 0.38, 1.0)]]
    for row in rows:
        sheet.y += size * 3.4  # room to write by hand
        sheet.room(size * 2)
        for name, start, end in row:
            left, right = sheet.left + start * sheet.width, sheet.left + end * sheet.width
            sheet.items.append(Rule(left, sheet.y, right, sheet.y, 0.7, INK))
            sheet.items.append(Text(left, sheet.y + size * 1.2, name, size - 0.5, "regular",
                                    MUTED))
        sheet.y += size * 1.6


def _qr_code(sheet: _Composer, text: str, x: float, y: float, size: float) -> None:
    """The receipt number as a QR code, one box per run of dark modules."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    module = size / count
    for row in range(count):
        column = 0
        while column < count:
            start = column
            while column < count and code.isDark(row, column):
                column += 1
            if column > start:
                sheet.items.append(Box(x + start * module, y + row * module,
                                       (column - start) * module, module * 1.04, fill=INK))
            else:
                column += 1
