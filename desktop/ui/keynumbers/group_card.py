"""One group of the key numbers as a card: headline number, the public page's sentence, the
group's indicators (Enter or a double click opens the records behind one), and its chart."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.charts.bar_chart import BarChart
from desktop.ui.frame.style import heading_font
from desktop.ui.keynumbers.group_charts import group_bars
from sync.keynumbers.definitions import Group, caption, indicators_in
from sync.keynumbers.figures import KeyNumbers

ROW_HEIGHT = 26


def value_text(value: int, percent: bool) -> str:
    return f"{value}%" if percent else f"{value:,}".replace(",", ".")


class GroupCard(QFrame):
    drill_requested = Signal(str)
    """The id of the indicator whose records were asked for."""

    def __init__(self, group: Group, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._group = group
        self._language = language
        self._indicators = indicators_in(group.code)
        self.title = QLabel(group.it if language == "it" else group.en)
        self.title.setObjectName("heading")
        self.headline = QLabel("—")
        self.headline.setFont(heading_font(2.0))
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("muted")
        self.table = QTableWidget(len(self._indicators), 2)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setToolTip(self.tr("Enter or double click: the records behind the number"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setFixedHeight(ROW_HEIGHT * len(self._indicators) + 4)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, indicator in enumerate(self._indicators):
            item = QTableWidgetItem(indicator.label(language))
            item.setToolTip(indicator.rule_it if language == "it" else indicator.rule_en)
            item.setData(Qt.ItemDataRole.UserRole, indicator.id)
            self.table.setItem(row, 0, item)
            figure = QTableWidgetItem("—")
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, figure)
        self.table.activated.connect(
            lambda index: self.drill_requested.emit(self._indicators[index.row()].id))
        self.chart = BarChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        for widget in (self.title, self.headline, self.sentence, self.table, self.chart):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_numbers(self, numbers: KeyNumbers) -> None:
        values = numbers.indicators
        texts = {indicator.id: value_text(values[indicator.id], indicator.percent)
                 for indicator in self._indicators}
        self.headline.setText(texts[self._group.headline])
        self.sentence.setText(caption(self._group, texts, self._language))
        for row, indicator in enumerate(self._indicators):
            self.table.item(row, 1).setText(texts[indicator.id])
        self.chart.set_bars(group_bars(self._group, numbers, self._language))

    def figures(self) -> dict[str, str]:
        """Indicator id -> the figure shown (for tests)."""
        return {indicator.id: self.table.item(row, 1).text()
                for row, indicator in enumerate(self._indicators)}
