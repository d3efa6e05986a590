"""Numeri chiave: every key number of CONTRACT.md for this desk's café and a chosen period.

The figures come from ``sync.keynumbers.compute`` called exactly as ``op-desk report`` calls
it (the register's engine, the period, ``[register.site]``), so the screen, the CSV and the
PDF exported here, and the command can never disagree. Keys: Ctrl+P exports the PDF, Ctrl+E
the CSV, Enter on an indicator opens the records behind it.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.keynumbers.drill_dialog import DrillDownDialog
from desktop.ui.keynumbers.group_card import GroupCard
from desktop.ui.lists import periods
from desktop.ui.lists.filter_bar import PeriodPicker
from sync.files import write_whole
from sync.keynumbers import compute
from sync.keynumbers.definitions import GROUPS
from sync.keynumbers.render_csv import render_csv
from sync.keynumbers.render_pdf import render_pdf
from sync.vocabulary import sites

EARLIEST = date(2000, 1, 1)
"""Where "Everything" starts: before the project, so no record is left out."""
CARD_COLUMNS = 2


class KeyNumbersScreen(QWidget):
    computed = Signal()
    """The figures on screen now match the chosen period."""
    exported = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._numbers = None
        self._generation = 0
        site = sites().get(context.register.site)
        heading = QLabel(self.tr("Key numbers of {name}").format(
            name=site.name if site else context.register.site))
        heading.setObjectName("heading")
        self.period = PeriodPicker(periods.this_year)
        self.period.changed.connect(self.recompute)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period.preset)
        self.pdf_button = QPushButton(self.tr("Export PDF… (Ctrl+P)"))
        self.pdf_button.clicked.connect(lambda: self.choose_export_file("pdf"))
        self.csv_button = QPushButton(self.tr("Export CSV… (Ctrl+E)"))
        self.csv_button.clicked.connect(lambda: self.choose_export_file("csv"))
        for sequence, form in (("Ctrl+P", "pdf"), ("Ctrl+E", "csv")):
            QShortcut(QKeySequence(sequence), self, lambda form=form: self.choose_export_file(form),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)

        self.cards: dict[str, GroupCard] = {}
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setSpacing(12)
        for number, group in enumerate(GROUPS):
            card = GroupCard(group, context.language)
            card.drill_requested.connect(self.drill_down)
            grid.addWidget(card, number // CARD_COLUMNS, number % CARD_COLUMNS)
            self.cards[group.code] = card
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.setFocusProxy(self.period.preset)
        context.register_changed.connect(lambda _tables: self.recompute())
        self.recompute()

    def chosen_days(self) -> tuple[date, date]:
        period = self.period.value()
        return period.start or EARLIEST, period.end or date.today()

    def recompute(self) -> None:
        self._generation += 1
        generation, (start, end) = self._generation, self.chosen_days()
        register = self._context.register
        self.status.setText(self.tr("Counting…"))
        self._context.runner.submit(
            lambda: compute(register.engine, start, end, [register.site], with_charts=True),
            lambda numbers: self._show(generation, numbers), self._failed)

    def _show(self, generation: int, numbers) -> None:
        if generation != self._generation:
            return
        self._numbers = numbers
        for card in self.cards.values():
            card.show_numbers(numbers)
        self.status.setText(self.tr(
            "From {start} to {end}, both days included · counted at {time} · the same figures "
            "as \"op-desk report\" · Enter or double click on a number: the records behind it"
        ).format(start=f"{numbers.start:%d/%m/%Y}", end=f"{numbers.end:%d/%m/%Y}",
                 time=f"{numbers.generated_at:%H:%M}"))
        self.computed.emit()

    def figures(self) -> dict[str, str]:
        """Indicator id -> the figure on screen."""
        return {key: text for card in self.cards.values() for key, text in card.figures().items()}

    def drill_down(self, indicator_id: str) -> DrillDownDialog:
        start, end = self.chosen_days()
        dialog = DrillDownDialog(self._context, indicator_id, start, end, self)
        dialog.open()
        return dialog

    def choose_export_file(self, form: str) -> None:
        if self._numbers is None:
            return
        numbers = self._numbers
        suggested = Path.home() / (f"numeri-chiave_{numbers.start.isoformat()}_"
                                   f"{numbers.end.isoformat()}.{form}")
        kinds = self.tr("PDF file (*.pdf)") if form == "pdf" else self.tr("CSV file (*.csv)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the key numbers"),
                                                    str(suggested), kinds)
        if path:
            self.export_to(Path(path), form)

    def export_to(self, path: Path, form: str) -> None:
        """The figures on screen as the report's own PDF or CSV (written on the runner)."""
        numbers = self._numbers

        def write() -> None:
            content = render_pdf(numbers) if form == "pdf" else render_csv(numbers).encode()
            write_whole(path, content)

        self._context.runner.submit(write, lambda _none: self._exported(path), self._failed)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Written to {path}.").format(path=path))
        self.exported.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(explain(error))
