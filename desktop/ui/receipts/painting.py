"""Drawing a laid-out receipt page with QPainter: the preview image and the printed page.

The instructions are the ones reportlab turns into the PDF (``desktop.receipts.page``), in
the same embedded font, so what the preview shows is what the PDF and the printer get.
Painting on a QImage or a QPrinter is allowed off the GUI thread, so this runs on the runner.
"""

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QImage, QPainter, QPen

from desktop.receipts.fonts import FONT_FILES, font_path
from desktop.receipts.page import PAPER_WHITE, Box, Page, Rule, Text

POINTS_PER_INCH = 72.0
_families: dict[str, str] = {}


def load_receipt_fonts() -> None:
    """Make the embedded TTFs known to Qt (once; call it on the GUI thread)."""
    for style in FONT_FILES:
        if style not in _families:
            font_id = QFontDatabase.addApplicationFont(str(font_path(style)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _families[style] = families[0] if families else "Sans Serif"


def page_image(page: Page, dpi: float) -> QImage:
    """The page rendered at ``dpi`` on white, for the preview."""
    scale = dpi / POINTS_PER_INCH
    image = QImage(max(1, round(page.width * scale)), max(1, round(page.height * scale)),
                   QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(PAPER_WHITE))
    painter = QPainter(image)
    try:
        paint_page(painter, page, scale)
    finally:
        painter.end()
    return image


def paint_page(painter: QPainter, page: Page, scale: float) -> None:
    """Paint ``page`` with one point drawn as ``scale`` device pixels."""
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    # A font's point size is turned into pixels with the device's dpi, and then scaled
    # again by the transform above: divide once so a 9 pt text stays 9 points tall.
    font_factor = POINTS_PER_INCH / painter.device().logicalDpiY()
    for item in page.items:
        if isinstance(item, Text):
            painter.setFont(_font(item.style, item.size * font_factor))
            painter.setPen(QColor(item.color))
            painter.drawText(QPointF(item.x, item.y), item.text)  # y is the baseline
        elif isinstance(item, Box):
            painter.setPen(QPen(QColor(item.stroke), item.line_width) if item.stroke
                           else Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
            rect = QRectF(item.x, item.y, item.width, item.height)
            if item.radius:
                painter.drawRoundedRect(rect, item.radius, item.radius)
            else:
                painter.drawRect(rect)
        elif isinstance(item, Rule):
            painter.setPen(QPen(QColor(item.color), item.width))
            painter.drawLine(QLineF(item.x1, item.y1, item.x2, item.y2))
    painter.restore()


def _font(style: str, point_size: float) -> QFont:
    font = QFont(_families.get(style, "Sans Serif"))
    font.setBold(style == "bold")
    font.setPointSizeF(point_size)
    font.setKerning(False)  # reportlab measured the lines without kerning
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
