"""The report's look: embedded fonts, colours, paragraph styles and Italian number/date words.

The fonts are the TTFs in ``resources/fonts`` (DejaVu Sans, shared with the receipts),
embedded in the PDF so accents, "Cafè" and € print right on any machine.
"""

from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sync.paths import resources_dir
from sync.vocabulary import sites as known_sites

REGULAR = "KeyNumbersSans"
BOLD = "KeyNumbersSans-Bold"

INK = colors.HexColor("#1F2A44")
ACCENT = colors.HexColor("#E85D2A")
MUTED = colors.HexColor("#6B7280")
PAPER = colors.HexColor("#FFF6EF")
RULE = colors.HexColor("#F2C6AE")
SITE_COLOURS = {"lainate": colors.HexColor("#E85D2A"), "pregnana": colors.HexColor("#2A9D8F"),
                "rho": colors.HexColor("#264653"), "settimo": colors.HexColor("#E9C46A")}
SERIES = (colors.HexColor("#E85D2A"), colors.HexColor("#2A9D8F"), colors.HexColor("#264653"),
          colors.HexColor("#E9C46A"), colors.HexColor("#8AB17D"), colors.HexColor("#B56576"),
          colors.HexColor("#9CA3AF"))

MONTHS_IT = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre")
MONTH_ABBREVIATIONS_IT = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
                          "nov", "dic")


@cache
def register_fonts() -> None:
    """Load the TTFs into reportlab once per process."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)


def style(name: str, size: float, *, bold: bool = False, colour=INK, leading: float | None = None,
          right: bool = False, space_after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size,
                          leading=leading or size * 1.25, textColor=colour,
                          alignment=TA_RIGHT if right else TA_LEFT, spaceAfter=space_after)


def number_it(value: int, percent: bool = False) -> str:
    """``3287`` -> ``3.287`` (Italian thousands separator); percentages get ``%``."""
    text = f"{value:,}".replace(",", ".")
    return f"{text}%" if percent else text


def day_it(day: date) -> str:
    return f"{day.day} {MONTHS_IT[day.month - 1]} {day.year}"


def period_it(start: date, end: date) -> str:
    return f"dal {day_it(start)} al {day_it(end)}"


def site_name(code: str) -> str:
    site = known_sites().get(code)
    return site.name if site else code


def short_site_name(code: str) -> str:
    """``OP Cafè Pregnana Milanese`` -> ``Pregnana Milanese``, for narrow columns."""
    site = known_sites().get(code)
    return site.municipality if site else code


def sites_it(codes) -> str:
    names = [short_site_name(code) for code in codes]
    if len(names) == len(known_sites()):
        return "i 4 #OP Cafè di " + ", ".join(names[:-1]) + " e " + names[-1]
    return "#OP Cafè di " + ", ".join(names)
