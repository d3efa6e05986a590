"""The receipt's typeface, embedded from ``resources/fonts`` so accents and € print right
whatever the desk's system has installed (DejaVu Sans: wide Latin coverage, free licence)."""

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sync.paths import resources_dir

FONT_FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
PDF_FONT_NAMES = {"regular": "OPDeskSans", "bold": "OPDeskSans-Bold"}


def font_path(style: str) -> Path:
    return resources_dir() / "fonts" / FONT_FILES[style]


@cache
def register_pdf_fonts() -> None:
    """Load the TTFs into reportlab once per process (~30 ms, paid by the first receipt)."""
    for style, name in PDF_FONT_NAMES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(style))))


def text_width(text: str, style: str, size: float) -> float:
    """Width in points of ``text`` set in ``style`` at ``size`` points."""
    register_pdf_fonts()
    return pdfmetrics.stringWidth(text, PDF_FONT_NAMES[style], size)
