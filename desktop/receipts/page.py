"""A laid-out page as a short list of drawing instructions.

The layout is computed once, in points from the page's top-left corner (y grows downwards),
and drawn by two painters: reportlab for the PDF and QPainter for the preview and the
printer. Both draw the same instructions, so the preview is the receipt.
"""

from dataclasses import dataclass, field

INK = "#111111"
MUTED = "#555555"
ACCENT = "#0f5f73"
PAPER_WHITE = "#ffffff"


@dataclass(frozen=True)
class Text:
    """One run of text; ``y`` is the baseline, ``x`` its left edge."""

    x: float
    y: float
    text: str
    size: float
    style: str = "regular"
    color: str = INK


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    fill: str | None = None
    stroke: str | None = None
    line_width: float = 0.8
    radius: float = 0.0


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.6
    color: str = INK


Item = Text | Box | Rule


@dataclass
class Page:
    width: float
    height: float
    items: list[Item] = field(default_factory=list)
