"""A horizontal bar chart: one labelled bar per value, the value written at its end.

Horizontal bars leave room for the long Italian labels of the key numbers ("partecipanti
ai percorsi di educazione…") without rotating text; labels too long are elided with "…"
and shown whole in the tooltip.
"""

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.frame.style import ACCENT, LINE, MUTED, TEXT

BAR_HEIGHT = 18
GAP = 8
LABEL_SHARE = 0.45
"""Part of the width given to the labels."""


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self._suffix = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[tuple[str, int]], suffix: str = "") -> None:
        """(label, value) pairs, drawn top to bottom; ``suffix`` follows each value ("%")."""
        self._bars = list(bars)
        self._suffix = suffix
        self.setToolTip("\n".join(f"{text}: {value}{suffix}" for text, value in self._bars))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(320, rows * (BAR_HEIGHT + GAP) + GAP)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = int(self.width() * LABEL_SHARE)
        value_width = metrics.horizontalAdvance("000000" + self._suffix)
        room = max(1, self.width() - label_width - value_width - 2 * GAP)
        top_value = max((value for _text, value in self._bars), default=0) or 1
        painter.setPen(QColor(LINE))
        painter.drawLine(label_width + GAP, 0, label_width + GAP, self.height())
        for row, (text, value) in enumerate(self._bars):
            y = GAP + row * (BAR_HEIGHT + GAP)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(0, y, label_width, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_width))
            length = room * value / top_value
            painter.fillRect(QRectF(label_width + GAP, y + 2, max(length, 1), BAR_HEIGHT - 4),
                             QColor(ACCENT if value else LINE))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(label_width + 2 * GAP + length, y, value_width, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{value}{self._suffix}")
        painter.end()
